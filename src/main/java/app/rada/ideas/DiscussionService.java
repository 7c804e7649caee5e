package app.rada.ideas;

import app.rada.ideas.internal.CommentStore;
import app.rada.ideas.internal.Idea;
import app.rada.ideas.internal.IdeaRepository;
import app.rada.ideas.internal.IdeaStore;
import app.rada.ideas.internal.Mentions;
import app.rada.ideas.internal.SiteSearchStore;
import app.rada.people.PeopleService;
import app.rada.people.PersonName;
import app.rada.people.api.PeopleFacts;
import app.rada.shared.Problem;
import app.rada.shared.i18n.Translations;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discussion under an idea: comments with one level of replies, @mentions, editing for a short
 * while, deleting one's own, hiding by staff and reports. Whoever may see an idea may discuss it.
 * The idea's comment counter counts the comments still shown, changed by atomic updates only.
 */
@Service
@Transactional(readOnly = true)
public class DiscussionService {

    public static final int TEXT_MAX = 5000;
    public static final int REASON_MAX = 500;
    public static final int REPORT_MAX = 1000;
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);
    static final Duration FLOOD_WINDOW = Duration.ofMinutes(10);

    private final IdeaRepository ideas;
    private final IdeaStore store;
    private final CommentStore comments;
    private final SiteSearchStore search;
    private final PeopleService people;
    private final PeopleFacts directory;
    private final ApplicationEventPublisher events;
    private final Translations texts;
    private final Clock clock;
    private final Validator validator;
    private final int floodLimit;

    DiscussionService(IdeaRepository ideas, IdeaStore store, CommentStore comments, SiteSearchStore search,
                      PeopleService people,
                      PeopleFacts directory, ApplicationEventPublisher events, Translations texts, Clock clock,
                      Validator validator, @Value("${rada.discussion.per-ten-minutes:20}") int floodLimit) {
        this.validator = validator;
        this.ideas = ideas;
        this.texts = texts;
        this.store = store;
        this.comments = comments;
        this.search = search;
        this.people = people;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
        this.floodLimit = floodLimit;
    }

    /** One page of top-level comments, oldest first, each with all its replies. */
    @PreAuthorize(Access.MEMBER)
    public List<CommentEntry> comments(long ideaId, int offset, int limit) {
        var me = CurrentUser.require();
        visibleIdea(ideaId, me);
        var top = comments.topLevel(ideaId, Math.max(offset, 0), Math.min(Math.max(limit, 1), 100));
        var replies = comments.replies(top.stream().map(CommentStore.Stored::id).toList());
        var ids = new HashSet<Long>();
        top.forEach(c -> collectPeople(c, ids));
        replies.forEach(c -> collectPeople(c, ids));
        var names = people.displayNames(ids);
        var now = Instant.now(clock);
        var former = texts.getTranslation("people.former-member", me.language().locale());
        var byParent = replies.stream().collect(Collectors.groupingBy(CommentStore.Stored::parentId,
                LinkedHashMap::new, Collectors.toList()));
        return top.stream().map(c -> entry(c, me, names, former, now,
                byParent.getOrDefault(c.id(), List.of()).stream().map(r -> entry(r, me, names, former, now, List.of()))
                        .toList())).toList();
    }

    /** How many top-level comments there are, for "show more". */
    @PreAuthorize(Access.MEMBER)
    public long topLevelCount(long ideaId) {
        visibleIdea(ideaId, CurrentUser.require());
        return comments.countTopLevel(ideaId);
    }

    private static void collectPeople(CommentStore.Stored c, Set<Long> ids) {
        ids.add(c.authorId());
        ids.addAll(Mentions.ids(c.body()));
    }

    private static CommentEntry entry(CommentStore.Stored c, RadaUser me, Map<Long, Optional<String>> names,
                                      String former, Instant now, List<CommentEntry> replies) {
        var state = c.deleted() ? CommentState.DELETED : c.hiddenBy() != null ? CommentState.HIDDEN : CommentState.SHOWN;
        boolean mine = c.authorId() == me.personId();
        boolean readable = state == CommentState.SHOWN || (state == CommentState.HIDDEN && me.isStaff());
        String html = readable ? Mentions.toHtml(c.body(), id -> names.getOrDefault(id, Optional.empty()).isPresent(),
                former) : null;
        boolean editable = mine && state == CommentState.SHOWN && editableAt(c, now);
        return new CommentEntry(c.id(), c.parentId(), c.authorId(), names.getOrDefault(c.authorId(), Optional.empty()),
                state, html, editable ? c.body() : null, state == CommentState.HIDDEN ? c.hiddenReason() : null,
                c.createdAt(), c.editedAt(), mine, editable, replies);
    }

    private static boolean editableAt(CommentStore.Stored c, Instant now) {
        return now.isBefore(c.createdAt().plus(EDIT_WINDOW));
    }

    /**
     * Comments on an idea the caller may see; a reply to a reply joins the thread of the top-level
     * comment. Mentions count only for active members who may see the idea. The commenter starts
     * following the idea. Refused with a {@link Problem} when the text is empty or too long, the idea
     * was merged away, or the caller wrote too many comments in the last ten minutes.
     */
    @Transactional
    @PreAuthorize(Access.MEMBER)
    public long comment(long ideaId, @Nullable Long parentId, String markdownText) {
        var me = CurrentUser.require();
        var idea = visibleIdea(ideaId, me);
        var text = checkText(markdownText);
        if (idea.getStatus() == IdeaStatus.MERGED) {
            throw new Problem("discussion.merged");
        }
        Long threadId = null;
        Long repliedTo = null;
        if (parentId != null) {
            var parent = comments.find(parentId).filter(p -> p.ideaId() == ideaId)
                    .orElseThrow(() -> new NoSuchElementException("comment " + parentId + " on idea " + ideaId));
            threadId = parent.parentId() == null ? parent.id() : parent.parentId();
            repliedTo = parent.authorId();
        }
        var now = Instant.now(clock);
        if (!me.isStaff() && comments.countByAuthorSince(me.personId(), now.minus(FLOOD_WINDOW)) >= floodLimit) {
            throw new Problem("discussion.flood", floodLimit);
        }
        long id = comments.add(ideaId, threadId, me.personId(), text, now);
        search.replaceCommentTerms(id, text);
        store.bumpComments(ideaId, 1);
        store.follow(ideaId, me.personId());
        var mentioned = mentionable(idea, Mentions.tokens(text), me.personId());
        events.publishEvent(new IdeaCommented(ideaId, id, me.personId(),
                repliedTo == null || repliedTo == me.personId() ? null : repliedTo, mentioned));
        return id;
    }

    /** The ids of the tokens that name real, active members who may see the idea (never the writer). */
    private List<Long> mentionable(Idea idea, List<Mentions.Token> tokens, long writer) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        Set<Long> staff = idea.isListed() ? Set.of()
                : directory.staffIds();
        var result = new ArrayList<Long>();
        for (var token : tokens.stream().limit(20).toList()) {
            long id = token.personId();
            if (id == writer) {
                continue;
            }
            boolean active = people.mentionable(token.name(), 50).stream().anyMatch(p -> p.id() == id);
            boolean maySee = idea.isListed() || id == idea.getAuthorId() || staff.contains(id);
            if (active && maySee) {
                result.add(id);
            }
        }
        return result;
    }

    /** The text the mention picker inserts for a member: {@code @[Full Name](person:123)}. */
    public static String mentionToken(PersonName person) {
        return Mentions.token(person.name(), person.id());
    }

    /** Members the caller may mention, for the mention picker. */
    @PreAuthorize(Access.MEMBER)
    public List<PersonName> mentionCandidates(String prefix, int limit) {
        return people.mentionable(prefix, Math.min(Math.max(limit, 1), 20));
    }

    /** The author changes their comment within {@link #EDIT_WINDOW} of writing it. */
    @Transactional
    @PreAuthorize(Access.MEMBER)
    public void edit(long commentId, String markdownText) {
        var me = CurrentUser.require();
        var comment = comments.find(commentId).orElseThrow(() -> new NoSuchElementException("comment " + commentId));
        visibleIdea(comment.ideaId(), me);
        if (comment.authorId() != me.personId()) {
            throw new AccessDeniedException("Not the author of the comment");
        }
        var text = checkText(markdownText);
        var now = Instant.now(clock);
        if (!editableAt(comment, now)) {
            throw new Problem("discussion.edit.too-late", EDIT_WINDOW.toMinutes());
        }
        if (!comments.edit(commentId, text, now)) {
            throw new Problem("discussion.gone");
        }
        search.replaceCommentTerms(commentId, text);
        // people named only now hear of it; those named before were told when it was written
        var idea = visibleIdea(comment.ideaId(), me);
        var before = new HashSet<>(mentionable(idea, Mentions.tokens(comment.body()), me.personId()));
        var added = mentionable(idea, Mentions.tokens(text), me.personId()).stream()
                .filter(id -> !before.contains(id)).toList();
        events.publishEvent(new IdeaCommentEdited(comment.ideaId(), commentId, me.personId(), added));
    }

    /** The author deletes their comment; it then reads "Comment deleted" and no longer counts. */
    @Transactional
    @PreAuthorize(Access.MEMBER)
    public void delete(long commentId) {
        var me = CurrentUser.require();
        var comment = comments.find(commentId).orElseThrow(() -> new NoSuchElementException("comment " + commentId));
        visibleIdea(comment.ideaId(), me);
        if (comment.authorId() != me.personId()) {
            throw new AccessDeniedException("Not the author of the comment");
        }
        if (comments.delete(commentId)) {
            store.bumpComments(comment.ideaId(), -1);
        }
    }

    /** Staff hide a comment with a reason everyone sees; it then no longer counts. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void hide(long commentId, String reason) {
        var me = CurrentUser.require();
        var clean = reason.strip();
        keep(new HideReason(clean));
        var comment = comments.find(commentId).orElseThrow(() -> new NoSuchElementException("comment " + commentId));
        if (comments.hide(commentId, me.personId(), clean)) {
            store.bumpComments(comment.ideaId(), -1);
        }
    }

    /** Staff show a hidden comment again (hidden by mistake, or rewritten in a reply); it counts again. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void unhide(long commentId) {
        var comment = comments.find(commentId).orElseThrow(() -> new NoSuchElementException("comment " + commentId));
        if (comments.unhide(commentId)) {
            store.bumpComments(comment.ideaId(), 1);
        }
    }

    /**
     * A member reports an idea ({@code commentId} null) or one of its comments to staff; one open
     * report per person and target.
     */
    @Transactional
    @PreAuthorize(Access.MEMBER)
    public void report(long ideaId, @Nullable Long commentId, String reason) {
        var me = CurrentUser.require();
        visibleIdea(ideaId, me);
        if (commentId != null && comments.find(commentId).filter(c -> c.ideaId() == ideaId).isEmpty()) {
            throw new NoSuchElementException("comment " + commentId + " on idea " + ideaId);
        }
        var clean = reason.strip();
        keep(new ReportReason(clean));
        if (comments.hasOpenReport(ideaId, commentId, me.personId())) {
            throw new Problem("discussion.report.already");
        }
        comments.report(ideaId, commentId, me.personId(), clean, Instant.now(clock));
    }

    private String checkText(String markdownText) {
        var text = markdownText.strip();
        keep(new CommentDraft(text));
        return text;
    }

    /** Refuses a draft that breaks one of its rules, with the key the form shows on its field. */
    private <T extends Record> void keep(T draft) {
        var problem = DraftProblems.first(validator, draft);
        if (problem.isPresent()) {
            throw problem.get();
        }
    }

    private Idea visibleIdea(long ideaId, RadaUser me) {
        var idea = ideas.findById(ideaId).orElseThrow(() -> new NoSuchElementException("idea " + ideaId));
        if (!idea.visibleTo(me.personId(), me.isStaff())) {
            throw new AccessDeniedException("Idea not visible to this person");
        }
        return idea;
    }
}
