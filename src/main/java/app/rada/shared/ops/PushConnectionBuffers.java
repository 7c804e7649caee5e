package app.rada.shared.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Smaller buffers for the push connection every open page keeps. The portal pushes over a WebSocket and
 * sends the page's own requests over HTTP, so what arrives on the socket is only Atmosphere's heartbeats.
 * Tomcat nevertheless gives each socket about 150 KB of buffers (8 KB for input and output, 8,192
 * characters for a text message and for encoding, more for compression) for as long as the page is open:
 * measured in real browsers, that was a third of what a member on the idea board cost the node.
 *
 * <p>The message buffers start at {@code rada.push.buffer-size} bytes and grow when a message needs it, up
 * to the limits Vaadin sets (16 KB); the socket's own buffers are Tomcat's default buffer size, read once
 * from a system property when its WebSocket classes load, so it is set here before the server starts
 * unless the JVM was started with it.
 *
 * <p>The push socket is also opened without per-message compression: browsers offer it, and Tomcat then
 * keeps a 32 KB window and a native zlib stream per socket, while the messages pushed are small page
 * updates. {@code rada.push.compression=true} keeps the browser's offer.
 */
@Configuration(proxyBeanMethods = false)
class PushConnectionBuffers {

    static final String DEFAULT_BUFFER_SIZE = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    static final String TEXT_BUFFER_SIZE = "org.apache.tomcat.websocket.textBufferSize";
    static final String BINARY_BUFFER_SIZE = "org.apache.tomcat.websocket.binaryBufferSize";

    static final String EXTENSIONS = "Sec-WebSocket-Extensions";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> pushWithoutCompression(
            @Value("${rada.push.compression:false}") boolean compression) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(compression || request.getHeader(EXTENSIONS) == null ? request
                        : new WithoutExtensions(request), response);
            }
        });
        registration.addUrlPatterns("/VAADIN/push", "/VAADIN/push/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("pushWithoutCompression");
        return registration;
    }

    /** The upgrade request as if the browser had offered no WebSocket extensions. */
    static final class WithoutExtensions extends HttpServletRequestWrapper {

        WithoutExtensions(HttpServletRequest request) {
            super(request);
        }

        @Override
        public @Nullable String getHeader(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return EXTENSIONS.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !EXTENSIONS.equalsIgnoreCase(name)).toList());
        }
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> pushConnectionBufferSizes(
            @Value("${rada.push.buffer-size:1024}") int size) {
        return factory -> {
            if (System.getProperty(DEFAULT_BUFFER_SIZE) == null) {
                System.setProperty(DEFAULT_BUFFER_SIZE, Integer.toString(size));
            }
            factory.addContextCustomizers(context -> {
                context.addParameter(TEXT_BUFFER_SIZE, Integer.toString(size));
                context.addParameter(BINARY_BUFFER_SIZE, Integer.toString(size));
            });
        };
    }
}
