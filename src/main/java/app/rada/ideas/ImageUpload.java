package app.rada.ideas;

/** An image as uploaded: the name the member's device gave it and its bytes (checked by content). */
public record ImageUpload(String fileName, byte[] content) {
}
