package app.rada.ideas;

/** Pre-moderation: ideas of new members may wait for staff approval before others see them. */
public enum Moderation {
    APPROVED,
    PENDING,
    REJECTED
}
