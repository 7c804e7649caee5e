package app.rada.ideas;

/** Whether a comment is shown, was deleted by its author or was hidden by staff. */
public enum CommentState {
    SHOWN,
    DELETED,
    HIDDEN
}
