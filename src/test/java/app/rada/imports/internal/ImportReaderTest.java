package app.rada.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.ideas.IdeaStatus;
import app.rada.imports.ImportShape;
import app.rada.imports.RowNote;
import app.rada.imports.internal.ImportReader.ReadRow;
import app.rada.shared.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportReaderTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    static byte[] sample(String name) {
        try (var in = ImportReaderTest.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException(name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> keys(ReadRow row) {
        return row.errors().stream().map(RowNote::key).toList();
    }

    @Test
    void canny_posts_are_read_with_their_statuses_dates_and_bad_rows() {
        var file = ImportReader.read(sample("canny-posts.csv"), NOW);
        assertThat(file.shape()).isEqualTo(ImportShape.CANNY_IDEAS);
        var rows = file.rows();
        assertThat(rows).hasSize(6);
        var first = rows.get(0);
        assertThat(first.sourceId()).isEqualTo("cn-101");
        assertThat(first.title()).isEqualTo("Send the delivery slot by SMS the evening before");
        assertThat(first.status()).isEqualTo(IdeaStatus.PLANNED);
        assertThat(first.at()).isEqualTo(Instant.parse("2025-02-03T09:15:00Z"));
        assertThat(first.category()).isEqualTo("delivery");
        assertThat(first.votes()).isEqualTo(14);
        assertThat(first.errors()).isEmpty();
        assertThat(rows.get(1).status()).isEqualTo(IdeaStatus.UNDER_REVIEW);
        assertThat(rows.get(1).at()).isEqualTo(Instant.parse("2025-02-10T00:00:00Z"));
        assertThat(rows.get(2).at()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
        assertThat(rows.get(2).errors()).isEmpty();
        assertThat(keys(rows.get(3))).containsExactly("imports.row.title-missing");
        assertThat(keys(rows.get(4))).containsExactly("imports.row.date");
        assertThat(rows.get(4).errors().getFirst().args()).containsExactly("last spring");
        assertThat(keys(rows.get(5))).containsExactly("imports.row.status");
    }

    @Test
    void canny_votes_and_comments_are_read_with_their_posts() {
        var votes = ImportReader.read(sample("canny-votes.csv"), NOW);
        assertThat(votes.shape()).isEqualTo(ImportShape.CANNY_VOTES);
        assertThat(votes.rows()).extracting(ReadRow::postId).containsExactly("cn-101", "cn-101", "cn-102", "cn-101",
                "cn-999");
        assertThat(votes.rows().getFirst().sourceId()).isEqualTo("cn-101|board@rada.demo");
        assertThat(votes.rows()).allSatisfy(row -> assertThat(row.errors()).isEmpty());

        var comments = ImportReader.read(sample("canny-comments.csv"), NOW);
        assertThat(comments.shape()).isEqualTo(ImportShape.CANNY_COMMENTS);
        assertThat(comments.rows().get(1).text()).isEqualTo("Yes please, and the same for collecting returns.");
        assertThat(keys(comments.rows().get(2))).containsExactly("imports.row.text-missing");
    }

    @Test
    void uservoice_files_are_read_after_their_byte_order_mark() {
        var ideas = ImportReader.read(sample("uservoice-suggestions.csv"), NOW);
        assertThat(ideas.shape()).isEqualTo(ImportShape.USERVOICE_IDEAS);
        var rows = ideas.rows();
        assertThat(rows.get(0).sourceId()).isEqualTo("uv-1");
        assertThat(rows.get(0).status()).isEqualTo(IdeaStatus.IN_PROGRESS);
        assertThat(rows.get(0).category()).isEqualTo("hotline");
        assertThat(keys(rows.get(1))).containsExactly("imports.row.title-long");
        assertThat(rows.get(2).status()).isEqualTo(IdeaStatus.DONE);
        assertThat(keys(rows.get(3))).containsExactly("imports.row.email");

        var votes = ImportReader.read(sample("uservoice-votes.csv"), NOW);
        assertThat(votes.shape()).isEqualTo(ImportShape.USERVOICE_VOTES);
        assertThat(keys(votes.rows().get(2))).containsExactly("imports.row.email-missing");

        var comments = ImportReader.read(sample("uservoice-comments.csv"), NOW);
        assertThat(comments.shape()).isEqualTo(ImportShape.USERVOICE_COMMENTS);
        assertThat(comments.rows().get(0).errors()).isEmpty();
        assertThat(keys(comments.rows().get(1))).containsExactly("imports.row.date");
    }

    @Test
    void fider_files_map_duplicates_to_declined_and_refuse_deleted_posts_and_future_dates() {
        var posts = ImportReader.read(sample("fider-posts.csv"), NOW);
        assertThat(posts.shape()).isEqualTo(ImportShape.FIDER_IDEAS);
        var rows = posts.rows();
        assertThat(rows.get(0).status()).isEqualTo(IdeaStatus.IN_PROGRESS);
        assertThat(rows.get(0).category()).isEqualTo("shop,delivery");
        assertThat(rows.get(1).status()).isEqualTo(IdeaStatus.DECLINED);
        assertThat(keys(rows.get(2))).containsExactly("imports.row.status");
        assertThat(keys(rows.get(3))).containsExactly("imports.row.date-future");

        var comments = ImportReader.read(sample("fider-comments.csv"), NOW);
        assertThat(comments.shape()).isEqualTo(ImportShape.FIDER_COMMENTS);
        assertThat(comments.rows()).extracting(ReadRow::postId).containsExactly("1", "7");
    }

    @Test
    void an_unknown_header_is_refused_naming_the_expected_columns() {
        assertThatThrownBy(() -> ImportReader.read("name,email\nAnna,anna@example.com\n"
                .getBytes(StandardCharsets.UTF_8), NOW))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.key()).isEqualTo("imports.problem.header");
                    assertThat(p.args()[0].toString()).contains("Canny ideas: id, title, details, author_email")
                            .contains("Fider comments: comment_id, post_number");
                });
    }

    @Test
    void binary_content_latin2_text_an_empty_file_and_too_many_rows_are_refused() {
        assertThatThrownBy(() -> ImportReader.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}, NOW))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key()).isEqualTo("imports.problem.not-text"));
        // "Łódź" in ISO-8859-2 is not UTF-8
        var latin2 = new byte[] {'i', 'd', ',', 't', (byte) 0xA3, (byte) 0xF3, 'd', (byte) 0xBC, '\n'};
        assertThatThrownBy(() -> ImportReader.read(latin2, NOW))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key()).isEqualTo("imports.problem.not-text"));
        assertThatThrownBy(() -> ImportReader.read(new byte[0], NOW))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key()).isEqualTo("imports.problem.empty"));
        var many = new StringBuilder("post_id,voter_email,voter_name,created_at\n");
        for (int i = 0; i <= ImportReader.MAX_ROWS; i++) {
            many.append("p").append(i).append(",a@b.example,A,2025-01-01\n");
        }
        assertThatThrownBy(() -> ImportReader.read(many.toString().getBytes(StandardCharsets.UTF_8), NOW))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key()).isEqualTo("imports.problem.rows"));
        assertThatThrownBy(() -> ImportReader.read(new byte[ImportReader.MAX_BYTES + 1], NOW))
                .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.key()).isEqualTo("imports.problem.too-large"));
    }

    @Test
    void the_same_id_twice_in_a_file_is_an_error_on_the_second_row() {
        var text = "id,title,details,author_email,author_name,created_at,status,board,category,vote_count\n"
                + "a1,First good title,,a@b.example,A,2025-01-01,open,,,1\n"
                + "a1,Second good title,,a@b.example,A,2025-01-01,open,,,1\n";
        var rows = ImportReader.read(text.getBytes(StandardCharsets.UTF_8), NOW).rows();
        assertThat(rows.get(0).errors()).isEmpty();
        assertThat(keys(rows.get(1))).containsExactly("imports.row.id-twice");
    }
}
