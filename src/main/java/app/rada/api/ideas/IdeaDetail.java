package app.rada.api.ideas;

import app.rada.ideas.AnswerEntry;
import app.rada.ideas.IdeaPage;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.Visibility;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One idea as the caller may see it: the description as its author wrote it (Markdown), the public answers
 * of staff (as sanitised HTML) and the counts.
 */
public record IdeaDetail(long id, String title, String description, @Nullable Long categoryId, List<String> tags,
                         IdeaStatus status, Visibility visibility, long authorId, @Nullable String authorName,
                         Instant createdAt, int votes, int weightedVotes, int comments, boolean votedByMe,
                         @Nullable Long mergedIntoId, @Nullable Long touchpointId, List<Answer> answers) {

    public IdeaDetail {
        tags = List.copyOf(tags);
        answers = List.copyOf(answers);
    }

    /** A status change on the idea's public timeline, with staff's answer when there was one. */
    public record Answer(@Nullable IdeaStatus from, IdeaStatus to, @Nullable String answerHtml, long staffId,
                         @Nullable String staffName, Instant at) {

        static Answer of(AnswerEntry entry) {
            return new Answer(entry.fromStatus(), entry.toStatus(), entry.textHtml(), entry.staffId(),
                    entry.staffName().orElse(null), entry.at());
        }
    }

    static IdeaDetail of(IdeaPage page) {
        return new IdeaDetail(page.id(), page.title(), page.description(), page.categoryId(), page.tags(),
                page.status(), page.visibility(), page.authorId(), page.authorName().orElse(null), page.createdAt(),
                page.voteCount(), page.weightedVotes(), page.commentCount(), page.votedByMe(), page.mergedIntoId(),
                page.touchpointId(), page.timeline().stream().map(Answer::of).toList());
    }
}
