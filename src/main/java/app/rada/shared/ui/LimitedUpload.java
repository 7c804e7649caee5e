package app.rada.shared.ui;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;

/**
 * Receives uploaded files into memory, but never more than {@code maxBytes} of one: the size the
 * browser announces is checked before anything is read, and reading stops one byte past the limit
 * whatever the request claimed. The upload component's own size limit is only a courtesy of the
 * browser; a client that ignores it meets this one. Both callbacks run with the UI locked.
 */
public final class LimitedUpload implements UploadHandler {

    /** Room for the multipart headers around a file of the largest size. */
    private static final long PART_OVERHEAD = 64 * 1024;

    private final long maxBytes;
    private final int maxFiles;
    private final SerializableBiConsumer<String, byte[]> accepted;
    private final SerializableConsumer<String> tooLarge;

    private LimitedUpload(long maxBytes, int maxFiles, SerializableBiConsumer<String, byte[]> accepted,
                          SerializableConsumer<String> tooLarge) {
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
        this.accepted = accepted;
        this.tooLarge = tooLarge;
    }

    /**
     * @param accepted gets the file's name and bytes
     * @param tooLarge gets the name of a file refused for its size
     */
    public static LimitedUpload inMemory(int maxBytes, int maxFiles, SerializableBiConsumer<String, byte[]> accepted,
                                         SerializableConsumer<String> tooLarge) {
        return new LimitedUpload(maxBytes, maxFiles, accepted, tooLarge);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        var name = event.getFileName();
        var ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            event.reject("File too large");
            ui.access(() -> tooLarge.accept(name));
            return;
        }
        byte[] data;
        try (var in = event.getInputStream()) {
            data = in.readNBytes((int) maxBytes + 1);
        }
        if (data.length > maxBytes) {
            event.reject("File too large");
            ui.access(() -> tooLarge.accept(name));
            return;
        }
        ui.access(() -> accepted.accept(name, data));
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxFiles * (maxBytes + PART_OVERHEAD);
    }

    @Override
    public long getFileCountMax() {
        return maxFiles;
    }
}
