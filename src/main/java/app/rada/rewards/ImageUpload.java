package app.rada.rewards;

/** A picture an admin uploads for a reward; its type is recognised from the content, not the name. */
public record ImageUpload(String fileName, byte[] content) {
}
