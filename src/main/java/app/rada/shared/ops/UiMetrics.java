package app.rada.shared.ops;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * What an operator watches on a node's open pages: sessions, UIs (browser tabs) and push connections.
 * Exported with the other metrics at {@code /actuator/prometheus} (administrators only).
 */
@Component
class UiMetrics implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final Set<UI> uis = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    UiMetrics(MeterRegistry registry) {
        Gauge.builder("rada.sessions.active", sessions, AtomicInteger::get)
                .description("Vaadin sessions open on this node").register(registry);
        Gauge.builder("rada.uis.active", uis, Set::size)
                .description("UIs (browser tabs) open on this node").register(registry);
        Gauge.builder("rada.push.connections", this, UiMetrics::pushConnections)
                .description("UIs with a connected push channel on this node").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(e -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(e -> {
            var ui = e.getUI();
            uis.add(ui);
            ui.addDetachListener(detach -> uis.remove(ui));
        });
    }

    private double pushConnections() {
        synchronized (uis) {
            return uis.stream().filter(ui -> ui.getInternals().getPushConnection() != null
                    && ui.getInternals().getPushConnection().isConnected()).count();
        }
    }
}
