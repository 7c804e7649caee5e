package app.rada.mail;

/**
 * A file sent with a mail, for example a calendar entry ({@code text/calendar}).
 *
 * @param contentType the MIME type with its parameters, e.g. {@code text/calendar; charset=UTF-8; method=REQUEST}
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public static final int BYTES_MAX = 1024 * 1024;

    public MailAttachment {
        if (fileName.isBlank() || fileName.length() > 200) {
            throw new IllegalArgumentException("An attachment needs a file name of at most 200 characters");
        }
        if (content.length > BYTES_MAX) {
            throw new IllegalArgumentException("An attachment is at most 1 MB");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
