package app.rada.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each page that offers a CSV download shows its link to those who may download, in their language. */
class ExportLinksTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private long publishedMap() {
        return jdbc.queryForObject("select min(id) from journey_map where status = 'PUBLISHED'", Long.class);
    }

    private static Anchor link(String id) {
        return _get(Anchor.class, spec -> spec.withId(id));
    }

    @Test
    void admins_and_staff_find_the_downloads_on_their_pages_in_polish() {
        loginAs("admin");
        UI.getCurrent().setLocale(Locale.forLanguageTag("pl"));
        UI.getCurrent().navigate("admin/people");
        assertThat(link("people-export").getText()).isEqualTo("Pobierz (CSV)");
        assertThat(link("people-export").getHref()).isNotBlank();
        UI.getCurrent().navigate("admin/audit");
        assertThat(link("audit-export").getText()).isEqualTo("Pobierz (CSV)");

        loginAs("staff");
        UI.getCurrent().setLocale(Locale.forLanguageTag("pl"));
        UI.getCurrent().navigate("staff/rewards");
        assertThat(link("redemptions-export").getText()).isEqualTo("Pobierz nagrody do wydania (CSV)");
        UI.getCurrent().navigate("staff/ideas");
        assertThat(link("pulse-remarks-export").getText()).isEqualTo("Pobierz uwagi z ankiety (CSV)");
        UI.getCurrent().navigate("journeys/" + publishedMap());
        assertThat(link("export-annotations").getText()).isEqualTo("Pobierz adnotacje (CSV)");
    }

    @Test
    void customers_see_no_annotation_download_on_a_map() {
        loginAs("customer");
        UI.getCurrent().navigate("journeys/" + publishedMap());
        assertThat(_find(Anchor.class, spec -> spec.withId("export-annotations"))).isEmpty();
    }
}
