package app.rada.imports.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.ui.NoAccessView;
import app.rada.support.KaribuTest;
import app.rada.support.Uploads;
import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class ImportViewTest extends KaribuTest {

    private static byte[] sample(String name) {
        try (var in = ImportViewTest.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException(name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportView upload(String name, byte[] content) throws IOException {
        UI.getCurrent().navigate("staff/import");
        var view = _get(ImportView.class);
        Uploads.send(view.handler, view.upload, name, content.length, content, content.length);
        return view;
    }

    @Test
    void staff_see_every_row_of_the_uploaded_file_with_its_errors_and_the_totals() throws IOException {
        loginAs("staff");
        var view = upload("canny-posts.csv", sample("canny-posts.csv"));

        assertThat(view.previewSection.isVisible()).isTrue();
        assertThat(view.error.isVisible()).isFalse();
        assertThat(view.totals.getText()).startsWith("6 rows: 3 to import, 3 with errors, 0 imported before")
                .contains("Read as: Canny, ideas.");
        assertThat(view.confirm.getText()).isEqualTo("Import 3 rows");
        assertThat(view.confirm.isEnabled()).isTrue();
        assertThat(_size(view.previewGrid)).isEqualTo(6);
        assertThat(_get(view.previewGrid, 0).sourceId()).isEqualTo("cn-101");
        assertThat(_getFormattedRow(view.previewGrid, 0)).contains("Send the delivery slot by SMS the evening before",
                "Planned", "Ready.");
        assertThat(String.join(" ", _getFormattedRow(view.previewGrid, 2)))
                .contains("No member has the address maria@elsewhere.example: imported as yours")
                .contains("No category \"Payments\"");
        assertThat(String.join(" ", _getFormattedRow(view.previewGrid, 3)))
                .contains("Not imported: The title is missing.");
        assertThat(String.join(" ", _getFormattedRow(view.previewGrid, 4)))
                .contains("\"last spring\" is not a date");
        assertThat(String.join(" ", _getFormattedRow(view.previewGrid, 5)))
                .contains("The status \"wontfix\" has no place in the portal.");
    }

    @Test
    void a_polish_staff_member_reads_the_row_errors_in_polish() throws IOException {
        loginAsEmail(freshMember(Role.STAFF, Language.PL));
        var view = upload("uservoice-suggestions.csv", sample("uservoice-suggestions.csv"));
        assertThat(view.totals.getText()).startsWith("4 wiersze: do importu 2, z błędami 2");
        assertThat(String.join(" ", _getFormattedRow(view.previewGrid, 1)))
                .contains("Tytuł jest za długi (limit znaków: 120).");
        assertThat(String.join(" ", _getFormattedRow(view.previewGrid, 3)))
                .contains("„not-an-address” nie jest adresem e-mail.");
    }

    @Test
    void a_file_that_is_not_csv_text_or_has_an_unknown_header_is_refused_with_a_message() throws IOException {
        loginAs("staff");
        var view = upload("photo.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThat(view.error.isVisible()).isTrue();
        assertThat(view.error.getText()).isEqualTo("The file is not CSV text in UTF-8. Export it again as CSV (UTF-8).");
        assertThat(view.previewSection.isVisible()).isFalse();

        var other = upload("people.csv", "name,email\nAnna,anna@example.com\n".getBytes());
        assertThat(other.error.getText()).startsWith("The first line does not name the columns of a known export.")
                .contains("Canny ideas: id, title, details, author_email");
    }

    @Test
    void a_customer_cannot_open_the_import_page() {
        loginAs("customer");
        UI.getCurrent().navigate("staff/import");
        _get(NoAccessView.class);
        _assertNone(ImportView.class);
    }

    @Test
    void a_board_member_cannot_open_the_import_page() {
        loginAs("board");
        UI.getCurrent().navigate("staff/import");
        _get(NoAccessView.class);
        _assertNone(ImportView.class);
    }
}
