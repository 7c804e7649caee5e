package app.rada.ballots.ui;

import app.rada.ballots.BallotComment;
import app.rada.ballots.BallotCommentDraft;
import app.rada.ballots.BallotDetails;
import app.rada.ballots.BallotDiscussionService;
import app.rada.shared.Problem;
import app.rada.shared.ui.DraftField;
import app.rada.shared.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.Validator;

/** The discussion under a ballot: the latest messages, earlier ones on request, and a field to write. */
class BallotDiscussionPanel extends Section {

    static final int COMMENTS_PAGE = 50;

    final TextArea comment = new TextArea();
    final Div comments = new Div();

    private final BallotDiscussionService discussion;
    /** Checks the message against the draft's rule while it is typed; nothing is written into a draft. */
    private final Binder<BallotCommentDraft> binder = new Binder<>();
    private int commentsShown = COMMENTS_PAGE;

    BallotDiscussionPanel(BallotDiscussionService discussion, Validator validator) {
        this.discussion = discussion;
        addClassNames("card", "ballot-discussion");
        comments.setId("ballot-comments");
        comments.addClassName("ballot-comments");
        comment.setMaxLength(BallotComment.TEXT_MAX);
        comment.setWidthFull();
        comment.setId("ballot-comment");
        // the field's own length check would show an empty message; the draft's rule speaks instead
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(comment)
                .withValidator((value, context) -> DraftField.check(validator, BallotCommentDraft.class, "text",
                        value == null ? "" : value.strip(), key -> new Object[] {BallotComment.TEXT_MAX}, this))
                .bind(BallotCommentDraft::text, (draft, value) -> { });
    }

    /** Shows the discussion of the ballot as it is now. */
    void show(BallotDetails b) {
        removeAll();
        showComments(b);
        comment.setLabel(getTranslation("ballots.discussion.field"));
        var post = new Button(getTranslation("ballots.discussion.post"), e -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                discussion.comment(b.id(), comment.getValue());
                // emptied for the next message without calling the empty field wrong
                binder.readBean(null);
                showComments(b);
            } catch (Problem problem) {
                comment.setInvalid(true);
                comment.setErrorMessage(getTranslation(problem.key(), problem.args()));
            }
        });
        post.setId("ballot-post");
        add(new H2(getTranslation("ballots.discussion")), comments, comment, post);
    }

    private void showComments(BallotDetails b) {
        comments.removeAll();
        int total = discussion.commentCount(b.id());
        int from = Math.max(0, total - commentsShown);
        if (total == 0) {
            comments.add(new Paragraph(getTranslation("ballots.discussion.empty")));
        }
        if (from > 0) {
            var more = new Button(getTranslation("ballots.discussion.earlier", from), e -> {
                commentsShown += COMMENTS_PAGE;
                showComments(b);
            });
            more.setId("ballot-comments-earlier");
            comments.add(more);
        }
        for (var c : discussion.comments(b.id(), from, commentsShown)) {
            var head = new Span(getTranslation("ballots.discussion.by", c.authorName().orElse(
                    getTranslation("people.former-member")), Formats.dateTime(c.createdAt(), getLocale(), Formats.zone())));
            head.addClassName("ballot-comment-head");
            var text = new Paragraph(c.text());
            text.addClassName("ballot-comment-text");
            var item = new Div(head, text);
            item.addClassName("ballot-comment");
            comments.add(item);
        }
    }
}
