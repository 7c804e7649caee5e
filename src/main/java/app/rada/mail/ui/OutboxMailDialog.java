package app.rada.mail.ui;

import app.rada.mail.MailDetails;
import app.rada.mail.MailOutbox;
import app.rada.mail.MailStatus;
import app.rada.shared.Problem;
import app.rada.shared.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;

/**
 * One mail as it was written: who it is for, how its delivery stands, the HTML body in a frame that
 * may run nothing and reach nothing (an empty {@code sandbox}), and the plain text.
 */
class OutboxMailDialog extends Dialog {

    final IFrame html = new IFrame();
    final Pre text = new Pre();
    final Paragraph withheld = new Paragraph();
    final Button retry = new Button();
    final Button close = new Button();

    OutboxMailDialog(MailOutbox outbox, MailDetails mail, Function<String, String> kindLabel, boolean deliveryActive,
                     Runnable onChange) {
        setHeaderTitle(mail.subject());
        addClassName("outbox-dialog");
        setWidth("56rem");
        setMaxWidth("100%");
        getElement().setAttribute("aria-label", mail.subject());

        var facts = new DescriptionList();
        facts.addClassName("mail-facts");
        fact(facts, "outbox.mail.to", new Span(mail.recipient()));
        fact(facts, "outbox.mail.kind", new Span(kindLabel.apply(mail.kind())));
        var badge = new Span(getTranslation(mail.status().labelKey()));
        badge.addClassNames("status-badge", "mail-" + mail.status().name().toLowerCase(Locale.ROOT));
        badge.setId("outbox-mail-status");
        fact(facts, "outbox.mail.status", badge);
        fact(facts, "outbox.mail.attempts", new Span(getTranslation("outbox.attempts.value", mail.attempts())));
        fact(facts, "outbox.mail.queued", new Span(when(mail.createdAt())));
        if (mail.sentAt() != null) {
            fact(facts, "outbox.mail.sent", new Span(when(mail.sentAt())));
        } else if (mail.status() == MailStatus.PENDING) {
            fact(facts, "outbox.mail.next-attempt", new Span(when(mail.nextAttemptAt())));
        }
        if (mail.lastError() != null) {
            var error = new Span(mail.lastError());
            error.addClassName("mail-error");
            fact(facts, "outbox.mail.last-error", error);
        }

        var content = new Div(facts);
        content.addClassName("mail-content");
        if (mail.withheld()) {
            withheld.setText(getTranslation("outbox.mail.withheld"));
            withheld.addClassName("outbox-notice");
            withheld.setId("outbox-mail-withheld");
            content.add(withheld);
        } else {
            html.getElement().setAttribute("sandbox", "");
            html.setSrcdoc(mail.bodyHtml() == null ? "" : mail.bodyHtml());
            html.getElement().setAttribute("title", getTranslation("outbox.mail.html.frame"));
            html.addClassName("mail-html");
            html.setId("outbox-mail-html");
            text.setText(mail.bodyText() == null ? "" : mail.bodyText());
            text.addClassName("mail-text");
            text.setId("outbox-mail-text");
            // a long text scrolls; keyboard users reach it (and the dialog, which scrolls on a phone) by Tab
            text.getElement().setAttribute("tabindex", "0");
            text.getElement().setAttribute("role", "region");
            text.getElement().setAttribute("aria-label", getTranslation("outbox.mail.text"));
            content.add(section("outbox.mail.html", html), section("outbox.mail.text", text));
        }
        add(content);

        retry.setText(getTranslation("outbox.retry"));
        retry.addThemeVariants(ButtonVariant.PRIMARY);
        retry.setId("outbox-retry");
        retry.setVisible(mail.retryable());
        retry.addClickListener(e -> {
            try {
                outbox.retryNow(mail.id());
                Notification.show(getTranslation(deliveryActive ? "outbox.retry.done" : "outbox.retry.done.no-server"),
                        5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
                close();
            } catch (Problem problem) {
                Notification.show(getTranslation(problem.key(), problem.args()), 5000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.WARNING);
            }
            onChange.run();
        });
        close.setText(getTranslation("outbox.close"));
        close.setId("outbox-close");
        close.addClickListener(e -> close());
        getFooter().add(close, retry);
    }

    private void fact(DescriptionList list, String key, Component value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private Section section(String headingKey, Component body) {
        var section = new Section(new H3(getTranslation(headingKey)), body);
        section.addClassName("mail-part");
        return section;
    }

    private String when(Instant instant) {
        return Formats.dateTime(instant, getLocale(), Formats.zone());
    }
}
