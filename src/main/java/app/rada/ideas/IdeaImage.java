package app.rada.ideas;

/** An image attached to an idea, ready to serve. */
public record IdeaImage(long id, String contentType, String fileName, byte[] content) {
}
