package app.rada.ideas.internal;

import app.rada.shared.Markdown;
import app.rada.shared.search.TermTable;
import app.rada.shared.search.WordForms;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the portal-wide search over ideas and their comments: one page of the ideas, or of the
 * comments, a person may read that have every word searched for, the newest first. The rule of who may
 * read an idea is the idea page's ({@link Idea#visibleTo}); comments deleted by their authors are never
 * found, those hidden by staff only by staff.
 */
@Repository
public class SiteSearchStore {

    /** Who may read an idea, in SQL, as {@link Idea#visibleTo}. */
    private static final String READABLE =
            "(:staff OR i.author_id = :me OR (i.visibility = 'MEMBERS' AND i.moderation = 'APPROVED'))";

    private final NamedParameterJdbcTemplate jdbc;
    private final IdeaSearch search;
    private final WordForms forms;
    private final TermTable commentTerms;

    SiteSearchStore(NamedParameterJdbcTemplate jdbc, IdeaSearch search, WordForms forms) {
        this.jdbc = jdbc;
        this.search = search;
        this.forms = forms;
        this.commentTerms = new TermTable(jdbc, "idea_comment_term", "comment_id");
    }

    public record FoundIdea(long id, String title, String description, Instant createdAt) {
    }

    public record FoundComment(long id, long ideaId, String ideaTitle, String body, Instant createdAt) {
    }

    /** A page of the ideas the person may read with every word of the text (typos of rare words too). */
    public List<FoundIdea> ideas(String text, long me, boolean staff, int offset, int limit) {
        var patterns = search.patterns(text, false);
        var params = new MapSqlParameterSource("me", me).addValue("staff", staff).addValue("limit", limit)
                .addValue("offset", offset);
        var sql = new StringBuilder("SELECT i.id, i.title, i.description, i.created_at FROM idea i WHERE " + READABLE);
        IdeaSearch.where(sql, params, patterns);
        sql.append(" ORDER BY i.created_at DESC, i.id DESC LIMIT :limit OFFSET :offset");
        return jdbc.query(sql.toString(), params, (rs, n) -> new FoundIdea(rs.getLong("id"), rs.getString("title"),
                rs.getString("description"), IdeaStore.instant(rs, "created_at")));
    }

    /** A page of the comments the person may read with every word of the text. */
    public List<FoundComment> comments(String text, long me, boolean staff, int offset, int limit) {
        var params = new MapSqlParameterSource("me", me).addValue("staff", staff).addValue("limit", limit)
                .addValue("offset", offset);
        var sql = new StringBuilder("""
                SELECT c.id, c.idea_id, i.title, c.body, c.created_at FROM idea_comment c
                JOIN idea i ON i.id = c.idea_id
                WHERE c.deleted = FALSE AND (c.hidden_by IS NULL OR :staff) AND """).append(READABLE);
        commentTerms.where(sql, params, "c.id", forms.query(text).limit(5));
        sql.append(" ORDER BY c.created_at DESC, c.id DESC LIMIT :limit OFFSET :offset");
        return jdbc.query(sql.toString(), params, (rs, n) -> new FoundComment(rs.getLong("id"), rs.getLong("idea_id"),
                rs.getString("title"), rs.getString("body"), IdeaStore.instant(rs, "created_at")));
    }

    /** The terms to store for a comment: those of its text as read, mentions as plain names. */
    public Set<String> commentTerms(String markdownBody) {
        return forms.terms(commentText(markdownBody));
    }

    /** A comment's text as read: without Markdown marks, mentions as plain names. */
    public static String commentText(String markdownBody) {
        return Markdown.toPlainText(Mentions.plain(markdownBody));
    }

    public void replaceCommentTerms(long commentId, String markdownBody) {
        commentTerms.replace(commentId, commentTerms(markdownBody));
    }

    record CommentText(long id, String body) {
    }

    /** The next comments after an id, locked, with their terms made again; their ids in order. */
    List<Long> rebuildComments(long after, int batch) {
        var texts = jdbc.query("SELECT id, body FROM idea_comment WHERE id > :after ORDER BY id LIMIT :batch FOR UPDATE",
                new MapSqlParameterSource("after", after).addValue("batch", batch),
                (rs, n) -> new CommentText(rs.getLong("id"), rs.getString("body")));
        texts.forEach(t -> replaceCommentTerms(t.id(), t.body()));
        return texts.stream().map(CommentText::id).toList();
    }
}
