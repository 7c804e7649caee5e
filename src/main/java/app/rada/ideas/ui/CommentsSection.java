package app.rada.ideas.ui;

import static app.rada.shared.ui.Markup.escape;

import app.rada.ideas.CommentDraft;
import app.rada.ideas.CommentEntry;
import app.rada.ideas.CommentState;
import app.rada.ideas.DiscussionService;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.Markup;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.dom.Element;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The discussion under an idea: comments oldest first with their replies, twenty threads at a time,
 * a form with Markdown and a mention picker, and the actions the caller may take on each comment
 * (reply, edit for a short while, delete their own, hide as staff, report). The service checks
 * every action again.
 *
 * <p>Each comment is one element of markup (its head, text and action buttons); the buttons of the whole
 * list report through one listener, and only the forms a member opens are components. An idea with a long
 * discussion so keeps a few nodes per comment on the server instead of a dozen components.
 */
@StyleSheet("styles/discussion.css")
public class CommentsSection extends Section {

    static final int PAGE = 20;

    /** The action and the comment of the button that was pressed inside the list. */
    private static final String PRESSED = "event.target.closest('[data-act]')";
    private static final String ACTION = PRESSED + " ? " + PRESSED + ".dataset.act : ''";
    private static final String COMMENT = PRESSED + " ? " + PRESSED + ".dataset.comment : ''";

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
    /** The comments on the page, in the order shown, with the thread each belongs to and its element. */
    private final Map<Long, Shown> shown = new LinkedHashMap<>();
    /** The reply forms opened on the page, by the comment they answer. */
    private final Map<Long, TextArea> replyForms = new HashMap<>();
    private int loaded;

    private record Shown(CommentEntry entry, long threadId, Element article) {
    }

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
        list.getElement().addEventListener("click", e -> act(e.getEventData().get(ACTION).asString(),
                        e.getEventData().get(COMMENT).asString()))
                .addEventData(ACTION).addEventData(COMMENT).setFilter("!!" + PRESSED);
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

        reportIdea.setText(getTranslation("discussion.report-idea"));
        reportIdea.setId("report-idea");
        reportIdea.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        reportIdea.addClickListener(e -> dialogs.openReport(null));

        add(heading, list, more, form, reportIdea);
        showMore();
    }

    /** The comments on the page in the order shown, threads with their replies. */
    List<Long> shownComments() {
        return new ArrayList<>(shown.keySet());
    }

    /** A shown comment's markup as the browser gets it: head, text and action buttons. */
    String markupOf(long commentId) {
        var s = shown.get(commentId);
        return s == null ? "" : s.article().getProperty("innerHTML", "");
    }

    /**
     * A button of a comment was pressed ("reply", "edit", "delete", "report", "hide" or "unhide", and the
     * comment's id). Only an action the comment offers the caller is carried out; anything else is ignored.
     */
    void act(String action, String commentId) {
        if (!commentId.matches("\\d{1,18}")) {
            return;
        }
        var s = shown.get(Long.parseLong(commentId));
        if (s == null || !actions(s.entry()).contains(action)) {
            return;
        }
        var c = s.entry();
        switch (action) {
            case "reply" -> openReply(s);
            case "edit" -> openEdit(s);
            case "delete" -> dialogs.confirmDelete(c);
            case "report" -> dialogs.openReport(c.id());
            case "hide" -> dialogs.openHide(c);
            case "unhide" -> {
                if (attempt(() -> discussion.unhide(c.id()))) {
                    reloadAll(false);
                }
            }
            default -> {
                // every action offered is handled above
            }
        }
    }

    private void showMore() {
        var page = discussion.comments(ideaId, loaded, PAGE);
        loaded += page.size();
        page.forEach(c -> list.getElement().appendChild(thread(c)));
        showEmptyOrMore(page.size());
    }

    /** Shows again every thread loaded so far, and the newest page when the caller just posted. */
    void reloadAll(boolean toTheEnd) {
        list.getElement().removeAllChildren();
        shown.clear();
        replyForms.clear();
        int wanted = Math.max(loaded, PAGE);
        if (toTheEnd) {
            wanted = (int) Math.max(wanted, discussion.topLevelCount(ideaId));
        }
        var page = discussion.comments(ideaId, 0, Math.min(wanted, 100));
        loaded = page.size();
        page.forEach(c -> list.getElement().appendChild(thread(c)));
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

    private Element thread(CommentEntry top) {
        var thread = new Element("div");
        thread.getClassList().add("comment-thread");
        thread.appendChild(article(top, top.id()));
        if (!top.replies().isEmpty()) {
            var replies = new Element("div");
            replies.getClassList().add("comment-replies");
            top.replies().forEach(r -> replies.appendChild(article(r, top.id())));
            thread.appendChild(replies);
        }
        return thread;
    }

    private Element article(CommentEntry c, long threadId) {
        var article = new Element("article");
        article.getClassList().add("comment");
        article.setAttribute("id", "comment-" + c.id());
        article.setProperty("innerHTML", markup(c));
        shown.put(c.id(), new Shown(c, threadId, article));
        return article;
    }

    /** A comment as it is shown: its head, its text and the buttons of what the caller may do with it. */
    private String markup(CommentEntry c) {
        return head(c) + body(c) + buttons(c);
    }

    private String head(CommentEntry c) {
        var html = new StringBuilder(160).append("<div class=\"comment-head\">");
        if (c.state() != CommentState.DELETED) {
            Markup.span(html, c.authorName().orElse(getTranslation("people.former-member")), "comment-author");
        }
        Markup.span(html, Formats.dateTime(c.createdAt(), getLocale(), Formats.zone()), "comment-when");
        if (c.editedAt() != null && c.state() == CommentState.SHOWN) {
            Markup.span(html, getTranslation("discussion.edited"), "comment-edited");
        }
        return html.append("</div>").toString();
    }

    /** The comment's text; its HTML comes sanitized from the service's Markdown rendering. */
    private String body(CommentEntry c) {
        var html = new StringBuilder(256).append("<div class=\"comment-body\">");
        switch (c.state()) {
            case DELETED -> removed(html, getTranslation("discussion.deleted"));
            case HIDDEN -> {
                removed(html, getTranslation("discussion.hidden", c.hiddenReason()));
                if (c.html() != null) {
                    html.append("<div class=\"markdown comment-hidden-text\">").append(c.html()).append("</div>");
                }
            }
            case SHOWN -> html.append("<div class=\"markdown comment-text\">").append(c.html() == null ? "" : c.html())
                    .append("</div>");
        }
        return html.append("</div>").toString();
    }

    private String buttons(CommentEntry c) {
        var html = new StringBuilder(256).append("<div class=\"comment-actions\">");
        for (var action : actions(c)) {
            html.append("<button type=\"button\" class=\"comment-action ").append(action).append("-button\" data-act=\"")
                    .append(action).append("\" data-comment=\"").append(c.id()).append("\">")
                    .append(escape(getTranslation(label(action)))).append("</button>");
        }
        return html.append("</div>").toString();
    }

    /** What the caller may do with a comment, in the order the buttons show. */
    private List<String> actions(CommentEntry c) {
        var actions = new ArrayList<String>(4);
        if (c.state() == CommentState.SHOWN) {
            actions.add("reply");
            if (c.editable()) {
                actions.add("edit");
            }
            actions.add(c.mine() ? "delete" : "report");
            if (staff) {
                actions.add("hide");
            }
        } else if (c.state() == CommentState.HIDDEN && staff) {
            actions.add("unhide");
        }
        return actions;
    }

    private static String label(String action) {
        return "discussion." + action;
    }

    private static void removed(StringBuilder html, String text) {
        html.append("<p class=\"comment-removed\">").append(escape(text)).append("</p>");
    }

    private void openReply(Shown under) {
        var open = replyForms.get(under.entry().id());
        if (open != null && open.getParent().flatMap(Component::getParent).isPresent()) {
            // a second press of Reply goes to the form already open under the comment
            open.focus();
            return;
        }
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
            if (TypedText.valid(replyRule)
                    && attempt(() -> discussion.comment(ideaId, under.threadId(), reply.getValue()))) {
                reloadAll(false);
            }
        });
        cancel.addClickListener(e -> box.removeFromParent());
        placeAfter(under.article(), box);
        replyForms.put(under.entry().id(), reply);
        reply.focus();
    }

    private void openEdit(Shown shownComment) {
        var c = shownComment.entry();
        var article = shownComment.article();
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
            article.setProperty("innerHTML", markup(c));
        });
        // while the text is edited, the comment shows only its head above the editor
        article.setProperty("innerHTML", head(c));
        placeAfter(article, box);
        editor.focus();
    }

    /** Puts a form right after a comment's element, inside its thread. */
    private static void placeAfter(Element article, Component form) {
        var parent = article.getParent();
        parent.insertChild(parent.indexOfChild(article) + 1, form.getElement());
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

    private boolean attempt(Runnable command) {
        return CommentDialogs.attempt(command);
    }
}
