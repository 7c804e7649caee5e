package app.rada.ballots.ui;

import app.rada.ballots.BallotComment;
import app.rada.ballots.BallotDetails;
import app.rada.ballots.BallotDiscussionService;
import app.rada.shared.Problem;
import app.rada.shared.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

/** The discussion under a ballot: the latest messages, earlier ones on request, and a field to write. */
class BallotDiscussionPanel extends Section {

    static final int COMMENTS_PAGE = 50;

    final TextArea comment = new TextArea();
    final Div comments = new Div();

    private final BallotDiscussionService discussion;
    private int commentsShown = COMMENTS_PAGE;

    BallotDiscussionPanel(BallotDiscussionService discussion) {
        this.discussion = discussion;
        addClassNames("card", "ballot-discussion");
        comments.setId("ballot-comments");
        comments.addClassName("ballot-comments");
        comment.setMaxLength(BallotComment.TEXT_MAX);
        comment.setWidthFull();
        comment.setId("ballot-comment");
    }

    /** Shows the discussion of the ballot as it is now. */
    void show(BallotDetails b) {
        removeAll();
        showComments(b);
        comment.setLabel(getTranslation("ballots.discussion.field"));
        var post = new Button(getTranslation("ballots.discussion.post"), e -> {
            try {
                discussion.comment(b.id(), comment.getValue());
                comment.clear();
                comment.setInvalid(false);
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
