package app.rada.shared.ui;

import app.rada.shared.Problem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The portal's short messages after an action: one place, one position and one duration per kind,
 * so every view reports success, refusal and undo the same way. Texts are already translated.
 */
public final class Toasts {

    static final int SUCCESS_MILLIS = 4000;
    static final int ERROR_MILLIS = 6000;
    static final int UNDO_MILLIS = 8000;
    static final Notification.Position POSITION = Notification.Position.BOTTOM_START;

    private Toasts() {
    }

    /** Something was saved or done. */
    public static Notification success(String text) {
        var notification = Notification.show(text, SUCCESS_MILLIS, POSITION);
        notification.addThemeVariants(NotificationVariant.SUCCESS);
        return notification;
    }

    /** Something was refused or went wrong; nothing was saved. */
    public static Notification error(String text) {
        var notification = Notification.show(text, ERROR_MILLIS, POSITION);
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.getElement().setAttribute("role", "alert");
        return notification;
    }

    /** A service's refusal, in the current user's language. */
    public static Notification problem(Problem problem) {
        return error(UI.getCurrent().getTranslation(problem.key(), problem.args()));
    }

    /** Something was done that one click can take back while the message shows. */
    public static Notification undo(String text, Runnable undo) {
        var notification = new Notification();
        notification.setDuration(UNDO_MILLIS);
        notification.setPosition(POSITION);
        var takeBack = new Button(UI.getCurrent().getTranslation("common.undo"), click -> {
            notification.close();
            undo.run();
        });
        takeBack.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        var row = new HorizontalLayout(new Span(text), takeBack);
        row.setAlignItems(HorizontalLayout.Alignment.CENTER);
        notification.add(row);
        notification.open();
        return notification;
    }
}
