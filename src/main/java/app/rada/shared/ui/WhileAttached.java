package app.rada.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.Function;

/**
 * Listens to something outside the view (live updates, polls) only while the view is on screen:
 * the listener is registered on every attach and removed on detach, so a closed tab leaves nothing
 * behind.
 */
public final class WhileAttached {

    private WhileAttached() {
    }

    /** {@code register} receives the attached UI and returns what stops the listener. */
    public static void listen(Component component, Function<UI, Runnable> register) {
        component.addAttachListener(attach -> {
            var stop = register.apply(attach.getUI());
            component.addDetachListener(detach -> {
                stop.run();
                detach.unregisterListener();
            });
        });
    }
}
