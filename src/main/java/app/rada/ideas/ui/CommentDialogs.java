package app.rada.ideas.ui;

import app.rada.ideas.CommentEntry;
import app.rada.ideas.DiscussionService;
import app.rada.ideas.HideReason;
import app.rada.ideas.ReportReason;
import app.rada.shared.Problem;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

/** The discussion's dialogs: deleting one's own comment, hiding one as staff, reporting an idea or a comment. */
final class CommentDialogs {

    private final DiscussionService discussion;
    private final long ideaId;
    private final Validator validator;
    private final Runnable afterChange;

    CommentDialogs(DiscussionService discussion, long ideaId, Validator validator, Runnable afterChange) {
        this.discussion = discussion;
        this.ideaId = ideaId;
        this.validator = validator;
        this.afterChange = afterChange;
    }

    void confirmDelete(CommentEntry c) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(text("discussion.delete.title"));
        dialog.add(new Paragraph(text("discussion.delete.text")));
        var delete = new Button(text("discussion.delete"), e -> {
            if (attempt(() -> discussion.delete(c.id()))) {
                dialog.close();
                afterChange.run();
            }
        });
        delete.setId("confirm-delete");
        delete.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        dialog.getFooter().add(new Button(text("discussion.cancel"), e -> dialog.close()), delete);
        dialog.open();
    }

    void openHide(CommentEntry c) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(text("discussion.hide.title"));
        var reason = new TextField(text("discussion.hide.reason"));
        reason.setId("hide-reason");
        reason.setRequired(true);
        reason.setMaxLength(DiscussionService.REASON_MAX);
        reason.setWidthFull();
        dialog.add(reason);
        var rule = TypedText.bind(reason, validator, HideReason.class, "reason", DiscussionService.REASON_MAX,
                dialog);
        var hide = new Button(text("discussion.hide.confirm"), e -> {
            if (TypedText.valid(rule) && attempt(() -> discussion.hide(c.id(), reason.getValue()))) {
                dialog.close();
                afterChange.run();
            }
        });
        hide.setId("confirm-hide");
        hide.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        dialog.getFooter().add(new Button(text("discussion.cancel"), e -> dialog.close()), hide);
        dialog.open();
        reason.focus();
    }

    void openReport(@Nullable Long commentId) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(text("discussion.report.title"));
        var reason = new TextArea(text("discussion.report.reason"));
        reason.setId("report-reason");
        reason.setRequired(true);
        reason.setMaxLength(DiscussionService.REPORT_MAX);
        reason.setWidthFull();
        dialog.add(reason);
        var rule = TypedText.bind(reason, validator, ReportReason.class, "reason", DiscussionService.REPORT_MAX,
                dialog);
        var send = new Button(text("discussion.report.send"), e -> {
            if (TypedText.valid(rule) && attempt(() -> discussion.report(ideaId, commentId, reason.getValue()))) {
                dialog.close();
                Toasts.success(text("discussion.report.sent"));
            }
        });
        send.setId("send-report");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(text("discussion.cancel"), e -> dialog.close()), send);
        dialog.open();
        reason.focus();
    }

    /** Runs a command; a refusal the user can fix is shown as a message and reported as false. */
    static boolean attempt(Runnable command) {
        try {
            command.run();
            return true;
        } catch (Problem problem) {
            Toasts.problem(problem);
            return false;
        }
    }

    private static String text(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
