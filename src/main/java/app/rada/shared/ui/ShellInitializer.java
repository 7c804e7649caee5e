package app.rada.shared.ui;

import app.rada.shared.Appearance;
import app.rada.shared.Problem;
import app.rada.shared.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Applies each logged-in person's language and colour scheme to every UI they open, and turns
 * unexpected errors in event handlers into a message with a reference id that is also in the log.
 */
@Component
class ShellInitializer implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ShellInitializer.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            CurrentUser.get().ifPresent(user -> {
                ui.setLocale(user.language().locale());
                ui.getSession().setLocale(user.language().locale());
                applyAppearance(ui, user.appearance());
            });
        });
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            var ui = UI.getCurrent();
            var cause = rootOf(error.getThrowable());
            String message;
            if (cause instanceof Problem problem) {
                message = ui == null ? "" : ui.getTranslation(problem.key(), problem.args());
            } else if (cause instanceof AccessDeniedException) {
                log.info("Refused an action: {}", cause.getMessage());
                message = ui == null ? "" : ui.getTranslation("error.action-refused");
            } else {
                var reference = newReference();
                log.error("Unexpected error, reference {}", reference, error.getThrowable());
                message = ui == null ? "" : ui.getTranslation("error.unexpected.toast", reference);
            }
            if (ui != null) {
                var notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
                notification.addThemeVariants(NotificationVariant.ERROR);
            }
        }));
    }

    static void applyAppearance(UI ui, Appearance appearance) {
        ui.getPage().setColorScheme(switch (appearance) {
            case LIGHT -> ColorScheme.Value.LIGHT;
            case DARK -> ColorScheme.Value.DARK;
            case SYSTEM -> ColorScheme.Value.LIGHT_DARK;
        });
    }

    static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static Throwable rootOf(Throwable error) {
        var current = error;
        while (current.getCause() != null && current.getCause() != current) {
            if (current instanceof AccessDeniedException || current instanceof Problem) {
                return current;
            }
            current = current.getCause();
        }
        return current;
    }
}
