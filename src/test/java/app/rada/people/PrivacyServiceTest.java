package app.rada.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import app.rada.support.Outbox;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class PrivacyServiceTest extends KaribuTest {

    @Autowired
    PrivacyService privacy;

    @Autowired
    InvitationService invitations;

    @Autowired
    LoginAccounts accounts;

    @Autowired
    ProfileService profiles;

    @Autowired
    JdbcTemplate jdbc;

    private long newMember(String name, String email) {
        loginAs("staff");
        invitations.invite(new InvitationRequest(name, email, null, Role.CUSTOMER, Language.PL));
        logout();
        long id = invitations.accept(Outbox.invitationToken(jdbc, email), name, "a long private phrase", true);
        loginAsEmail(email);
        return id;
    }

    private static String unzip(byte[] zip) throws IOException {
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            var entry = in.getNextEntry();
            assertThat(entry.getName()).isEqualTo("rada-data.json");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void a_member_downloads_everything_held_about_them_as_json_in_a_zip() throws IOException {
        long id = newMember("Wanda Wiatr", "wanda.wiatr@example.com");
        var json = unzip(privacy.exportZip(id));
        assertThat(json).contains("\"profile\"", "\"emails\"", "\"securityLog\"", "wanda.wiatr@example.com",
                "Wanda Wiatr", "Zapraszamy do rady klientów w Radzie", "INVITATION_ACCEPTED");
    }

    @Test
    void erasing_an_account_leaves_neither_the_e_mail_nor_the_name_in_any_table() {
        long id = newMember("Zenon Zapomniany", "zenon.zapomniany@example.com");
        privacy.exportZip(id);
        profiles.saveLanguage(id, Language.EN);

        assertThatThrownBy(() -> privacy.erase(id, "someone@else.com"))
                .isInstanceOf(Problem.class).hasMessage("privacy.problem.confirmation");
        assertThat(tablesMentioning("zapomniany")).isNotEmpty();

        privacy.erase(id, "Zenon.Zapomniany@example.com");

        assertThat(tablesMentioning("zapomniany")).isEmpty();
        assertThat(tablesMentioning("zenon")).isEmpty();
        assertThat(accounts.findLoginAccount("zenon.zapomniany@example.com")).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ACCOUNT_ERASED' "
                + "and target_id = ?", Long.class, String.valueOf(id))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select active from person where id = ?", Boolean.class, id)).isFalse();
    }

    @Test
    void nobody_exports_or_erases_another_persons_data() {
        loginAs("board");
        long customer = accounts.findLoginAccount("customer@rada.demo").orElseThrow().personId();
        assertThatThrownBy(() -> privacy.exportZip(customer)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> privacy.erase(customer, "customer@rada.demo"))
                .isInstanceOf(AccessDeniedException.class);
        loginAs("admin");
        assertThatThrownBy(() -> privacy.erase(customer, "customer@rada.demo"))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Every table and text column whose value contains the word, as "table.column". */
    private List<String> tablesMentioning(String word) {
        var columns = jdbc.queryForList("select table_name, column_name from information_schema.columns "
                + "where lower(table_schema) = 'public' and (lower(data_type) like '%char%' "
                + "or lower(data_type) like '%text%' or lower(data_type) like '%clob%')");
        var found = new ArrayList<String>();
        for (var column : columns) {
            var table = String.valueOf(column.get("table_name")).toLowerCase(Locale.ROOT);
            var name = String.valueOf(column.get("column_name")).toLowerCase(Locale.ROOT);
            Long hits = jdbc.queryForObject("select count(*) from " + table + " where lower(cast(" + name
                    + " as varchar(200000))) like ?", Long.class, "%" + word + "%");
            if (hits != null && hits > 0) {
                found.add(table + "." + name);
            }
        }
        return found;
    }
}
