package app.rada.shared.ops;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PushConnectionBuffersTest {

    private final PushConnectionBuffers buffers = new PushConnectionBuffers();

    @Test
    void the_push_upgrade_reaches_the_server_without_the_browsers_compression_offer() throws Exception {
        var seen = new AtomicReference<ServletRequest>();
        var request = upgrade();
        buffers.pushWithoutCompression(false).getFilter().doFilter(request, new MockHttpServletResponse(),
                new MockFilterChain() {
                    @Override
                    public void doFilter(ServletRequest passed, jakarta.servlet.ServletResponse response) {
                        seen.set(passed);
                    }
                });
        var passed = (jakarta.servlet.http.HttpServletRequest) seen.get();
        assertThat(passed.getHeader("Sec-WebSocket-Extensions")).isNull();
        assertThat(Collections.list(passed.getHeaders("sec-websocket-extensions"))).isEmpty();
        assertThat(Collections.list(passed.getHeaderNames())).contains("Upgrade")
                .noneMatch(name -> name.equalsIgnoreCase("Sec-WebSocket-Extensions"));
        assertThat(passed.getHeader("Upgrade")).isEqualTo("websocket");
    }

    @Test
    void with_compression_turned_on_the_offer_stays() throws Exception {
        var seen = new AtomicReference<ServletRequest>();
        buffers.pushWithoutCompression(true).getFilter().doFilter(upgrade(), new MockHttpServletResponse(),
                new MockFilterChain() {
                    @Override
                    public void doFilter(ServletRequest passed, jakarta.servlet.ServletResponse response) {
                        seen.set(passed);
                    }
                });
        assertThat(((jakarta.servlet.http.HttpServletRequest) seen.get()).getHeader("Sec-WebSocket-Extensions"))
                .isEqualTo("permessage-deflate; client_max_window_bits");
    }

    @Test
    void only_the_push_address_is_filtered() {
        assertThat(buffers.pushWithoutCompression(false).getUrlPatterns())
                .containsExactlyInAnyOrder("/VAADIN/push", "/VAADIN/push/*");
    }

    private static MockHttpServletRequest upgrade() {
        var request = new MockHttpServletRequest("GET", "/VAADIN/push");
        request.addHeader("Upgrade", "websocket");
        request.addHeader("Sec-WebSocket-Extensions", "permessage-deflate; client_max_window_bits");
        return request;
    }
}
