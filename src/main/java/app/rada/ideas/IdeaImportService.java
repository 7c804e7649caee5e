package app.rada.ideas;

import app.rada.ideas.internal.CommentStore;
import app.rada.ideas.internal.Idea;
import app.rada.ideas.internal.IdeaRepository;
import app.rada.ideas.internal.IdeaSearch;
import app.rada.ideas.internal.IdeaStore;
import app.rada.ideas.internal.SiteSearchStore;
import app.rada.ideas.internal.Trending;
import app.rada.people.PeopleService;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings ideas, votes and comments written in another tool into the portal as history, and takes them out
 * again. Counters, search terms and status periods are kept as the members' own actions keep them, but no
 * event is published: imported history sends no notice, awards no point and fires no hook (see
 * docs/decisions/2026-12-03-imported-history-is-quiet.md). Removal is refused when anything not brought in
 * by an import has touched the ideas since.
 */
@Service
@Transactional
public class IdeaImportService {

    private static final int CHUNK = 1000;

    /** An idea as it stood in the other tool. */
    public record ImportedIdea(String title, String description, @Nullable Long categoryId, long authorId,
                               boolean authorFollows, IdeaStatus status, Instant createdAt) {
    }

    /** A vote a person gave an idea at a moment. */
    public record ImportedVote(long ideaId, long personId, Instant at) {
    }

    /** A top-level comment a person wrote under an idea at a moment. */
    public record ImportedComment(long ideaId, long authorId, String text, Instant at) {
    }

    /**
     * What imports created: whole ideas, and votes and comments (on imported ideas or on others). An idea's
     * own votes and comments that came from imports are listed too, so they do not count as someone's later
     * contribution.
     */
    public record ImportedThings(Collection<Long> ideaIds, Collection<ImportedVote> votes,
                                 Collection<Long> commentIds) {
    }

    private final IdeaRepository ideas;
    private final IdeaStore store;
    private final CommentStore comments;
    private final IdeaSearch search;
    private final SiteSearchStore siteSearch;
    private final PeopleService people;
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectProvider<IdeaLinkSource> linkSources;

    IdeaImportService(IdeaRepository ideas, IdeaStore store, CommentStore comments, IdeaSearch search,
                      SiteSearchStore siteSearch, PeopleService people, NamedParameterJdbcTemplate jdbc,
                      ObjectProvider<IdeaLinkSource> linkSources) {
        this.ideas = ideas;
        this.store = store;
        this.comments = comments;
        this.search = search;
        this.siteSearch = siteSearch;
        this.people = people;
        this.jdbc = jdbc;
        this.linkSources = linkSources;
    }

    /**
     * Creates a listed idea with the given author, time, status and category; refused with a {@link Problem}
     * when the title or text is out of bounds, the status is "merged" or the category does not exist.
     */
    @PreAuthorize(Access.STAFF)
    public long createIdea(ImportedIdea imported) {
        var title = imported.title().strip();
        if (title.length() < IdeaDraft.TITLE_MIN) {
            throw new Problem("ideas.submit.title-short", IdeaDraft.TITLE_MIN);
        }
        if (title.length() > IdeaDraft.TITLE_MAX) {
            throw new Problem("ideas.submit.title-long", IdeaDraft.TITLE_MAX);
        }
        if (imported.description().length() > IdeaDraft.DESCRIPTION_MAX) {
            throw new Problem("ideas.submit.description-long", IdeaDraft.DESCRIPTION_MAX);
        }
        if (imported.status() == IdeaStatus.MERGED) {
            throw new Problem("ideas.vote.merged");
        }
        var at = imported.createdAt();
        var idea = new Idea(title, imported.description(), imported.categoryId(), imported.authorId(),
                Visibility.MEMBERS, false, null, at, Trending.unit(at));
        if (imported.status() != IdeaStatus.NEW) {
            // moved before the first save, so the row is written once and keeps version 0 until someone changes it
            idea.moveTo(imported.status(), at);
        }
        long id = ideas.save(idea).getId();
        store.replaceTerms(id, search.terms(title, imported.description()));
        store.statusPeriod(id, IdeaStatus.NEW, at);
        if (imported.status() != IdeaStatus.NEW) {
            store.statusPeriod(id, imported.status(), at);
        }
        if (imported.authorFollows()) {
            store.follow(id, imported.authorId());
        }
        return id;
    }

    /**
     * Adds the votes, each with the weight of its voter's segment now; returns, in order, whether each was
     * added (false when the person had already voted for that idea or the idea is gone or merged).
     */
    @PreAuthorize(Access.STAFF)
    public List<Boolean> addVotes(List<ImportedVote> votes) {
        var weights = new HashMap<Long, Integer>();
        var open = openIdeas(votes.stream().map(ImportedVote::ideaId).toList());
        var added = new ArrayList<Boolean>(votes.size());
        for (var vote : votes) {
            if (!open.contains(vote.ideaId())) {
                added.add(false);
                continue;
            }
            int weight = weights.computeIfAbsent(vote.personId(), people::voteWeightOf);
            added.add(store.addVote(vote.ideaId(), vote.personId(), weight, vote.at()));
        }
        return added;
    }

    /** Adds a top-level comment; refused with a {@link Problem} when the text is empty or too long or the idea merged. */
    @PreAuthorize(Access.STAFF)
    public long addComment(ImportedComment comment) {
        var text = comment.text().strip();
        if (text.isEmpty()) {
            throw new Problem("discussion.text-empty");
        }
        if (text.length() > DiscussionService.TEXT_MAX) {
            throw new Problem("discussion.text-long", DiscussionService.TEXT_MAX);
        }
        if (!openIdeas(List.of(comment.ideaId())).contains(comment.ideaId())) {
            throw new Problem("discussion.merged");
        }
        long id = comments.add(comment.ideaId(), null, comment.authorId(), text, comment.at());
        siteSearch.replaceCommentTerms(id, text);
        store.bumpComments(comment.ideaId(), 1);
        return id;
    }

    /** The ideas among these that exist and are not merged away. */
    private Set<Long> openIdeas(Collection<Long> ideaIds) {
        var result = new HashSet<Long>();
        for (var chunk : chunks(ideaIds)) {
            result.addAll(jdbc.queryForList("SELECT id FROM idea WHERE id IN (:ids) AND status <> 'MERGED'",
                    new MapSqlParameterSource("ids", chunk), Long.class));
        }
        return result;
    }

    /**
     * Why removing these things would be unsafe, as a translation key, or empty when it is safe: an imported
     * idea was changed by someone (edited, moved, answered, moderated, merged), received a vote or comment
     * that no import brought, had another idea merged into it, or is tied to a ballot or design session; or
     * an imported comment has replies.
     */
    @PreAuthorize(Access.STAFF)
    @Transactional(readOnly = true)
    public Optional<String> removalRefusal(ImportedThings things) {
        var ideaIds = Set.copyOf(things.ideaIds());
        var commentIds = Set.copyOf(things.commentIds());
        var votes = new HashSet<String>();
        things.votes().forEach(v -> votes.add(v.ideaId() + ":" + v.personId()));
        for (var chunk : chunks(ideaIds)) {
            var params = new MapSqlParameterSource("ids", chunk);
            if (count("SELECT COUNT(*) FROM idea WHERE id IN (:ids) AND version <> 0", params) > 0) {
                return Optional.of("imports.undo.refused.changed");
            }
            if (count("SELECT COUNT(*) FROM idea WHERE merged_into_id IN (:ids)", params) > 0) {
                return Optional.of("imports.undo.refused.changed");
            }
            var foundVotes = jdbc.query("SELECT idea_id, person_id FROM idea_vote WHERE idea_id IN (:ids)", params,
                    (rs, n) -> rs.getLong(1) + ":" + rs.getLong(2));
            if (!votes.containsAll(foundVotes)) {
                return Optional.of("imports.undo.refused.votes");
            }
            var foundComments = jdbc.queryForList("SELECT id FROM idea_comment WHERE idea_id IN (:ids)", params,
                    Long.class);
            if (!commentIds.containsAll(foundComments)) {
                return Optional.of("imports.undo.refused.comments");
            }
        }
        for (var chunk : chunks(commentIds)) {
            if (count("SELECT COUNT(*) FROM idea_comment WHERE parent_id IN (:ids)",
                    new MapSqlParameterSource("ids", chunk)) > 0) {
                return Optional.of("imports.undo.refused.comments");
            }
        }
        var sources = linkSources.orderedStream().toList();
        for (long ideaId : ideaIds) {
            for (var source : sources) {
                if (!source.linksTo(ideaId).isEmpty()) {
                    return Optional.of("imports.undo.refused.linked");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Removes what imports created, in the caller's transaction: the votes and comments (with their counters
     * and search terms) and then the ideas with everything that hangs on them. Refused with a {@link Problem}
     * when {@link #removalRefusal} finds a reason.
     */
    @PreAuthorize(Access.STAFF)
    public void remove(ImportedThings things) {
        removalRefusal(things).ifPresent(key -> {
            throw new Problem(key);
        });
        var ideaIds = Set.copyOf(things.ideaIds());
        for (var vote : things.votes()) {
            if (ideaIds.contains(vote.ideaId())) {
                continue;
            }
            store.vote(vote.ideaId(), vote.personId())
                    .ifPresent(stored -> store.removeVote(vote.ideaId(), vote.personId(), stored));
        }
        for (long commentId : things.commentIds()) {
            comments.find(commentId).filter(c -> !ideaIds.contains(c.ideaId())).ifPresent(comment -> {
                jdbc.update("DELETE FROM idea_comment WHERE id = :id", new MapSqlParameterSource("id", commentId));
                if (comment.shown()) {
                    store.bumpComments(comment.ideaId(), -1);
                }
            });
        }
        for (var chunk : chunks(ideaIds)) {
            var params = new MapSqlParameterSource("ids", chunk);
            jdbc.update("DELETE FROM idea_comment WHERE idea_id IN (:ids) AND parent_id IS NOT NULL", params);
            jdbc.update("DELETE FROM idea_comment WHERE idea_id IN (:ids)", params);
            jdbc.update("DELETE FROM idea WHERE id IN (:ids)", params);
        }
    }

    private long count(String sql, MapSqlParameterSource params) {
        var found = jdbc.queryForObject(sql, params, Long.class);
        return found == null ? 0 : found;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        var list = List.copyOf(ids);
        var result = new ArrayList<List<Long>>();
        for (int from = 0; from < list.size(); from += CHUNK) {
            result.add(list.subList(from, Math.min(list.size(), from + CHUNK)));
        }
        return result;
    }
}
