package app.rada.rewards;

/** A reward's picture with the type its content was recognised as. */
public record RewardImage(String contentType, byte[] content) {
}
