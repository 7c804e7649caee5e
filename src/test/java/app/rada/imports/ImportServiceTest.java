package app.rada.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.ideas.IdeaSearchService;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.shared.Problem;
import app.rada.shared.search.SearchHit;
import app.rada.support.KaribuTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class ImportServiceTest extends KaribuTest {

    @Autowired
    ImportService imports;

    @Autowired
    IdeaService ideas;

    @Autowired
    IdeaSearchService search;

    @Autowired
    JdbcTemplate jdbc;

    /** A word no other idea has, so search finds exactly this test's ideas. */
    private static String uniqueWord() {
        var digits = Long.toString(System.nanoTime());
        var word = new StringBuilder("quokka");
        digits.chars().forEach(c -> word.append((char) ('a' + (c - '0'))));
        return word.toString();
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private String ideasFile(String word) {
        return "id,title,details,author_email,author_name,created_at,status,board,category,vote_count\n"
                + word + "-1,Parcel lockers " + word + " near the office,Lockers save a trip.,customer@rada.demo,"
                + "Anna,2025-02-03T09:15:00Z,planned,Requests,delivery,14\n"
                + word + "-2,Invoices " + word + " in Polish and English,,maria@elsewhere.example,Maria Outside,"
                + "2025-02-04,complete,Requests,Payments,2\n"
                + word + "-3,,No title,customer@rada.demo,Anna,2025-02-05,open,Requests,,0\n";
    }

    private String votesFile(String word) {
        return "post_id,voter_email,voter_name,created_at\n"
                + word + "-1,board@rada.demo,Board,2025-02-04T10:00:00Z\n"
                + word + "-1,lukasz.krol@rada.demo,Łukasz,2025-02-05T10:00:00Z\n"
                + word + "-1,nobody@elsewhere.example,Nobody,2025-02-05T10:00:00Z\n"
                + word + "-2,customer@rada.demo,Anna,2025-02-06T10:00:00Z\n";
    }

    private String commentsFile(String word) {
        return "id,post_id,author_email,author_name,value,created_at\n"
                + word + "-c1," + word + "-1,board@rada.demo,Board,Lockers " + word + " would help us too.,"
                + "2025-02-06T12:00:00Z\n"
                + word + "-c2," + word + "-1,guest@elsewhere.example,Guest Writer,Yes please.,2025-02-07T12:00:00Z\n";
    }

    private ImportBatch finished(long batchId) {
        var until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            var batch = imports.batch(batchId).orElseThrow();
            if (batch.state() != BatchState.RUNNING) {
                return batch;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("import " + batchId + " did not finish");
    }

    private List<Long> found(String word) {
        return search.ideas(word, 0, 20).stream().map(SearchHit::id).sorted().toList();
    }

    private long audited(String action) {
        var count = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = ?", Long.class, action);
        return count == null ? 0 : count;
    }

    @Test
    void staff_import_ideas_votes_and_comments_keep_counters_and_search_and_undo_restores_them() {
        var word = uniqueWord();
        var staff = loginAs("staff");
        long runsBefore = audited("IMPORT_RUN");

        var preview = imports.preview("ideas.csv", csv(ideasFile(word)));
        assertThat(preview.shape()).isEqualTo(ImportShape.CANNY_IDEAS);
        assertThat(preview.total()).isEqualTo(3);
        assertThat(preview.importable()).isEqualTo(2);
        assertThat(preview.withErrors()).isEqualTo(1);
        assertThat(preview.rows().get(1).notes()).extracting(RowNote::key)
                .containsExactly("imports.note.author-unmatched", "imports.note.category-unknown");

        var ideasBatch = finished(imports.start("ideas.csv", csv(ideasFile(word))));
        assertThat(ideasBatch.state()).isEqualTo(BatchState.DONE);
        assertThat(ideasBatch.createdItems()).isEqualTo(2);
        assertThat(ideasBatch.skippedRows()).isEqualTo(1);
        assertThat(ideasBatch.processedRows()).isEqualTo(3);

        var ids = found(word);
        assertThat(ids).hasSize(2);
        var lockers = ideas.page(ids.get(0));
        assertThat(lockers.title()).isEqualTo("Parcel lockers " + word + " near the office");
        assertThat(lockers.status()).isEqualTo(IdeaStatus.PLANNED);
        assertThat(lockers.createdAt()).isEqualTo(Instant.parse("2025-02-03T09:15:00Z"));
        assertThat(lockers.authorId()).isEqualTo(jdbc.queryForObject(
                "SELECT id FROM person WHERE email = 'customer@rada.demo'", Long.class));
        assertThat(lockers.description()).contains("Imported from Canny (post " + word + "-1)")
                .contains("It had 14 votes there.");
        var invoices = ideas.page(ids.get(1));
        assertThat(invoices.status()).isEqualTo(IdeaStatus.DONE);
        assertThat(invoices.authorId()).isEqualTo(staff.personId());
        assertThat(invoices.description()).contains("Originally written by Maria Outside.");
        assertThat(invoices.categoryId()).isNull();

        var votesBatch = finished(imports.start("votes.csv", csv(votesFile(word))));
        assertThat(votesBatch.createdItems()).isEqualTo(3);
        assertThat(votesBatch.skippedRows()).isEqualTo(1);
        var commentsBatch = finished(imports.start("comments.csv", csv(commentsFile(word))));
        assertThat(commentsBatch.createdItems()).isEqualTo(2);

        assertThat(ideas.page(ids.get(0)).voteCount()).isEqualTo(2);
        assertThat(ideas.page(ids.get(0)).commentCount()).isEqualTo(2);
        assertThat(ideas.page(ids.get(1)).voteCount()).isEqualTo(1);
        assertThat(search.comments(word, 0, 10)).hasSize(1);
        assertThat(audited("IMPORT_RUN")).isEqualTo(runsBefore + 3);

        // the same files again: every row was imported before
        var again = imports.preview("ideas.csv", csv(ideasFile(word)));
        assertThat(again.alreadyImported()).isEqualTo(2);
        assertThat(again.importable()).isZero();
        assertThatThrownBy(() -> imports.start("ideas.csv", csv(ideasFile(word))))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key()).isEqualTo("imports.problem.nothing"));

        // the votes go, the ideas and comments stay
        imports.undo(votesBatch.id());
        assertThat(imports.batch(votesBatch.id()).orElseThrow().state()).isEqualTo(BatchState.UNDONE);
        assertThat(ideas.page(ids.get(0)).voteCount()).isZero();
        assertThat(ideas.page(ids.get(1)).voteCount()).isZero();
        assertThat(ideas.page(ids.get(0)).commentCount()).isEqualTo(2);
        assertThatThrownBy(() -> imports.undo(votesBatch.id()))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key()).isEqualTo("imports.undo.refused.state"));

        // the ideas go with the comments other imports put on them
        long undoneBefore = audited("IMPORT_UNDONE");
        imports.undo(ideasBatch.id());
        assertThat(found(word)).isEmpty();
        assertThat(search.comments(word, 0, 10)).isEmpty();
        assertThat(audited("IMPORT_UNDONE")).isEqualTo(undoneBefore + 1);

        // and the same file may come in again
        assertThat(imports.preview("ideas.csv", csv(ideasFile(word))).importable()).isEqualTo(2);
    }

    @Test
    void undo_is_refused_once_a_member_voted_for_an_imported_idea() {
        var word = uniqueWord();
        loginAs("staff");
        var batch = finished(imports.start("ideas.csv", csv(ideasFile(word))));
        var ids = found(word);
        loginAs("board");
        ideas.toggleVote(ids.get(0));
        loginAs("staff");
        assertThatThrownBy(() -> imports.undo(batch.id()))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key()).isEqualTo("imports.undo.refused.votes"));
        assertThat(found(word)).hasSize(2);
        assertThat(ideas.page(ids.get(0)).voteCount()).isEqualTo(1);
        assertThat(imports.batch(batch.id()).orElseThrow().state()).isEqualTo(BatchState.DONE);
    }

    @Test
    void undo_is_refused_once_staff_moved_an_imported_idea() {
        var word = uniqueWord();
        loginAs("staff");
        var batch = finished(imports.start("ideas.csv", csv(ideasFile(word))));
        var ids = found(word);
        jdbc.update("UPDATE idea SET version = version + 1 WHERE id = ?", ids.get(1));
        assertThatThrownBy(() -> imports.undo(batch.id()))
                .isInstanceOfSatisfying(Problem.class,
                        p -> assertThat(p.key()).isEqualTo("imports.undo.refused.changed"));
        assertThat(found(word)).hasSize(2);
    }

    @Test
    void a_customer_cannot_preview_start_list_or_undo_imports() {
        loginAs("customer");
        var file = csv(ideasFile(uniqueWord()));
        assertThatThrownBy(() -> imports.preview("ideas.csv", file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.start("ideas.csv", file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.batches(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.undo(1)).isInstanceOf(AccessDeniedException.class);
        loginAs("board");
        assertThatThrownBy(() -> imports.preview("ideas.csv", file)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_oversized_file_non_csv_content_and_an_unknown_header_are_refused_with_their_reason() {
        loginAs("staff");
        assertThatThrownBy(() -> imports.preview("big.csv", new byte[ImportService.MAX_BYTES + 1]))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key()).isEqualTo("imports.problem.too-large"));
        assertThatThrownBy(() -> imports.start("photo.csv", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key()).isEqualTo("imports.problem.not-text"));
        assertThatThrownBy(() -> imports.preview("people.csv", csv("name;email\nAnna;anna@example.com\n")))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key()).isEqualTo("imports.problem.header"));
        assertThat(imports.countBatches()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void votes_for_posts_never_imported_are_errors_in_the_preview() {
        loginAs("staff");
        var word = uniqueWord();
        var preview = imports.preview("votes.csv", csv(votesFile(word)));
        assertThat(preview.importable()).isZero();
        assertThat(preview.rows().get(0).errors()).extracting(RowNote::key).containsExactly("imports.row.post-unknown");
        assertThat(preview.rows().get(2).errors()).extracting(RowNote::key)
                .containsExactly("imports.row.voter-unknown", "imports.row.post-unknown");
    }
}
