package app.rada.ideas.ui;

import app.rada.ideas.CommentDraft;
import app.rada.ideas.CommentEntry;
import app.rada.ideas.CommentState;
import app.rada.ideas.DiscussionService;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.Validator;

/**
 * The discussion under an idea: comments oldest first with their replies, twenty threads at a time,
 * a form with Markdown and a mention picker, and the actions the caller may take on each comment
 * (reply, edit for a short while, delete their own, hide as staff, report). The service checks
 * every action again.
 */
@StyleSheet("styles/discussion.css")
public class CommentsSection extends Section {

    static final int PAGE = 20;

    final Div list = new Div();
    final Button more = new Button();
    final TextArea text = new TextArea();
    final MentionPicker picker;
    final Button post = new Button();
    final Button reportIdea = new Button();
    private final DiscussionService discussion;
    private final long ideaId;
    private final CommentDialogs dialogs;
    private final boolean staff;
    private final Validator validator;
    private final Binder<String> textRule;
    private int loaded;

    public CommentsSection(DiscussionService discussion, long ideaId, Validator validator) {
        this.discussion = discussion;
        this.ideaId = ideaId;
        this.validator = validator;
        this.dialogs = new CommentDialogs(discussion, ideaId, validator, () -> reloadAll(false));
        this.staff = CurrentUser.get().map(u -> u.isStaff()).orElse(false);
        addClassNames("card", "comments-section");
        setId("comments");
        var heading = new H2(getTranslation("discussion.title"));
        list.addClassName("comment-list");
        list.setId("comment-list");
        more.setText(getTranslation("discussion.more"));
        more.setId("more-comments");
        more.addThemeVariants(ButtonVariant.TERTIARY);
        more.addClickListener(e -> showMore());

        configure(text, "discussion.form.label");
        text.setHelperText(getTranslation("discussion.form.helper"));
        text.setId("comment-text");
        textRule = rule(text);
        picker = new MentionPicker(discussion, text);
        picker.setId("mention-picker");
        post.setText(getTranslation("discussion.form.post"));
        post.setId("post-comment");
        post.addThemeVariants(ButtonVariant.PRIMARY);
        post.addClickListener(e -> {
            if (TypedText.valid(textRule) && attempt(() -> discussion.comment(ideaId, null, text.getValue()))) {
                // emptied for the next comment without calling the empty field wrong
                textRule.readBean(null);
                reloadAll(true);
                Toasts.success(getTranslation("discussion.posted"));
            }
        });
        var form = new Div(text, picker, post);
        form.addClassName("comment-form");

        reportIdea.setText(getTranslation("discussion.report"));
        reportIdea.setId("report-idea");
        reportIdea.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        reportIdea.addClickListener(e -> dialogs.openReport(null));

        add(heading, list, more, form, reportIdea);
        showMore();
    }

    private void showMore() {
        var page = discussion.comments(ideaId, loaded, PAGE);
        loaded += page.size();
        page.forEach(c -> list.add(thread(c)));
        showEmptyOrMore(page.size());
    }

    /** Shows again every thread loaded so far, and the newest page when the caller just posted. */
    void reloadAll(boolean toTheEnd) {
        list.removeAll();
        int wanted = Math.max(loaded, PAGE);
        if (toTheEnd) {
            wanted = (int) Math.max(wanted, discussion.topLevelCount(ideaId));
        }
        var page = discussion.comments(ideaId, 0, Math.min(wanted, 100));
        loaded = page.size();
        page.forEach(c -> list.add(thread(c)));
        showEmptyOrMore(page.size());
    }

    private void showEmptyOrMore(int lastPageSize) {
        if (loaded == 0) {
            var empty = new Paragraph(getTranslation("discussion.empty"));
            empty.addClassName("comment-empty");
            list.add(empty);
        }
        more.setVisible(lastPageSize > 0 && loaded < discussion.topLevelCount(ideaId));
    }

    private Component thread(CommentEntry top) {
        var thread = new Div(comment(top, top.id()));
        thread.addClassName("comment-thread");
        if (!top.replies().isEmpty()) {
            var replies = new Div();
            replies.addClassName("comment-replies");
            top.replies().forEach(r -> replies.add(comment(r, top.id())));
            thread.add(replies);
        }
        return thread;
    }

    private Article comment(CommentEntry c, long threadId) {
        var article = new Article();
        article.addClassName("comment");
        article.setId("comment-" + c.id());
        var head = new Div();
        head.addClassName("comment-head");
        if (c.state() != CommentState.DELETED) {
            var author = new Span(c.authorName().orElse(getTranslation("people.former-member")));
            author.addClassName("comment-author");
            head.add(author);
        }
        var when = new Span(Formats.dateTime(c.createdAt(), getLocale(), Formats.zone()));
        when.addClassName("comment-when");
        head.add(when);
        if (c.editedAt() != null && c.state() == CommentState.SHOWN) {
            var edited = new Span(getTranslation("discussion.edited"));
            edited.addClassName("comment-edited");
            head.add(edited);
        }
        article.add(head);

        var body = new Div();
        body.addClassName("comment-body");
        switch (c.state()) {
            case DELETED -> body.add(removed(getTranslation("discussion.deleted")));
            case HIDDEN -> {
                body.add(removed(getTranslation("discussion.hidden", c.hiddenReason())));
                if (c.html() != null) {
                    body.add(markdown(c.html(), "comment-hidden-text"));
                }
            }
            case SHOWN -> body.add(markdown(c.html() == null ? "" : c.html(), "comment-text"));
        }
        article.add(body);

        var actions = new Div();
        actions.addClassName("comment-actions");
        if (c.state() == CommentState.SHOWN) {
            actions.add(action("discussion.reply", "reply-button", () -> openReply(article, threadId)));
            if (c.editable()) {
                actions.add(action("discussion.edit", "edit-button", () -> openEdit(article, body, c)));
            }
            if (c.mine()) {
                actions.add(action("discussion.delete", "delete-button", () -> dialogs.confirmDelete(c)));
            } else {
                actions.add(action("discussion.report", "report-button", () -> dialogs.openReport(c.id())));
            }
            if (staff) {
                actions.add(action("discussion.hide", "hide-button", () -> dialogs.openHide(c)));
            }
        } else if (c.state() == CommentState.HIDDEN && staff) {
            actions.add(action("discussion.unhide", "unhide-button", () -> {
                if (attempt(() -> discussion.unhide(c.id()))) {
                    reloadAll(false);
                }
            }));
        }
        article.add(actions);
        return article;
    }

    private void openReply(Article under, long threadId) {
        var reply = new TextArea();
        configure(reply, "discussion.reply.label");
        reply.addClassName("reply-text");
        var replyRule = rule(reply);
        var send = new Button(getTranslation("discussion.reply.post"));
        send.addClassName("send-reply");
        send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        var cancel = new Button(getTranslation("discussion.cancel"));
        cancel.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        var box = new Div(reply, new MentionPicker(discussion, reply), new Div(send, cancel));
        box.addClassName("reply-form");
        send.addClickListener(e -> {
            if (TypedText.valid(replyRule) && attempt(() -> discussion.comment(ideaId, threadId, reply.getValue()))) {
                reloadAll(false);
            }
        });
        cancel.addClickListener(e -> box.removeFromParent());
        under.add(box);
        reply.focus();
    }

    private void openEdit(Article article, Div body, CommentEntry c) {
        var editor = new TextArea();
        configure(editor, "discussion.edit.label");
        editor.addClassName("edit-text");
        editor.setValue(c.markdown() == null ? "" : c.markdown());
        var editRule = rule(editor);
        var save = new Button(getTranslation("discussion.edit.save"));
        save.addClassName("save-edit");
        save.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
        var cancel = new Button(getTranslation("discussion.cancel"));
        cancel.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        var box = new Div(editor, new Div(save, cancel));
        box.addClassName("edit-form");
        save.addClickListener(e -> {
            if (TypedText.valid(editRule) && attempt(() -> discussion.edit(c.id(), editor.getValue()))) {
                reloadAll(false);
            }
        });
        cancel.addClickListener(e -> {
            box.removeFromParent();
            body.setVisible(true);
        });
        body.setVisible(false);
        article.addComponentAtIndex(2, box);
        editor.focus();
    }

    private void configure(TextArea area, String labelKey) {
        area.setLabel(getTranslation(labelKey));
        area.setMaxLength(DiscussionService.TEXT_MAX);
        area.setWidthFull();
        area.setMinRows(3);
    }

    private Binder<String> rule(TextArea area) {
        return TypedText.bind(area, validator, CommentDraft.class, "text", DiscussionService.TEXT_MAX, this);
    }

    private Button action(String key, String className, Runnable work) {
        var button = new Button(getTranslation(key), e -> work.run());
        button.addClassName(className);
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        return button;
    }

    private static Paragraph removed(String text) {
        var p = new Paragraph(text);
        p.addClassName("comment-removed");
        return p;
    }

    private static Div markdown(String html, String className) {
        var div = new Div();
        div.addClassNames("markdown", className);
        div.getElement().setProperty("innerHTML", html);
        return div;
    }

    private boolean attempt(Runnable command) {
        return CommentDialogs.attempt(command);
    }
}
