package app.rada.support;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * Sends a file to an upload handler the way a browser's request reaches it on the server, with a body
 * of any length that is produced as it is read, so a test can offer gigabytes without holding them.
 */
public final class Uploads {

    private Uploads() {
    }

    /** A request body: {@code start}, then zeros up to {@code total} bytes; it counts what was read. */
    public static final class Body extends InputStream {

        private final byte[] start;
        private final long total;
        private long read;

        Body(byte[] start, long total) {
            this.start = start;
            this.total = total;
        }

        public long bytesRead() {
            return read;
        }

        @Override
        public int read() {
            if (read >= total) {
                return -1;
            }
            int value = read < start.length ? start[(int) read] & 0xFF : 0;
            read++;
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (read >= total) {
                return -1;
            }
            int count = (int) Math.min(length, total - read);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = read + i < start.length ? start[(int) (read + i)] : 0;
            }
            read += count;
            return count;
        }
    }

    /**
     * Uploads through {@code handler} of {@code owner} (attached to the current UI) and runs what the
     * handler handed to the UI. {@code announcedSize} is the length the client declared, -1 for none.
     */
    public static Body send(UploadHandler handler, Component owner, String fileName, long announcedSize,
                            byte[] start, long total) throws IOException {
        // a dialog's content is attached at the end of the round trip that opened it
        MockVaadin.clientRoundtrip(false);
        var body = new Body(start, total);
        var request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        var event = new UploadEvent(request, mock(VaadinResponse.class), VaadinSession.getCurrent(), fileName,
                announcedSize, "application/octet-stream", owner.getElement(), null);
        handler.handleUploadRequest(event);
        MockVaadin.runUIQueue();
        return body;
    }
}
