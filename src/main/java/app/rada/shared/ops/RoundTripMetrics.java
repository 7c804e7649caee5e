package app.rada.shared.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Times every server round trip of an open page (Vaadin's {@code v-r=uidl} requests: a click, a
 * typed value, a scroll that loads rows) as {@code rada.roundtrip}, the figure users feel.
 */
@Component
class RoundTripMetrics extends OncePerRequestFilter {

    private final Timer roundTrips;

    RoundTripMetrics(MeterRegistry registry) {
        this.roundTrips = Timer.builder("rada.roundtrip")
                .description("Server time of a page's round trips (Vaadin UIDL requests) on this node")
                .register(registry);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"uidl".equals(request.getParameter("v-r"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            roundTrips.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }
}
