package app.rada.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditExport;
import app.rada.audit.AuditFilter;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.PulseRemarksExport;
import app.rada.ideas.TriageExportService;
import app.rada.ideas.TriageFilter;
import app.rada.ideas.Visibility;
import app.rada.journeys.AnnotationDraft;
import app.rada.journeys.AnnotationExportService;
import app.rada.journeys.AnnotationKind;
import app.rada.journeys.AnnotationService;
import app.rada.journeys.Emotion;
import app.rada.journeys.MapDraft;
import app.rada.journeys.MapEditingService;
import app.rada.journeys.StageDraft;
import app.rada.journeys.StageEditingService;
import app.rada.journeys.TouchpointChannel;
import app.rada.journeys.TouchpointDraft;
import app.rada.journeys.TouchpointEditingService;
import app.rada.people.PeopleExport;
import app.rada.people.PeopleFilter;
import app.rada.people.PeopleService;
import app.rada.rewards.RedemptionExport;
import app.rada.shared.security.SystemActor;
import app.rada.support.KaribuTest;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The CSV files staff and admins download: translated headers, cells no spreadsheet runs as a formula. */
class CsvExportsTest extends KaribuTest {

    private static final Locale PL = Locale.forLanguageTag("pl");

    @Autowired
    AnnotationExportService annotationExport;

    @Autowired
    AuditExport auditExport;

    @Autowired
    PulseRemarksExport remarksExport;

    @Autowired
    MapEditingService mapEditing;

    @Autowired
    StageEditingService stageEditing;

    @Autowired
    TouchpointEditingService touchpointEditing;

    @Autowired
    AnnotationService annotations;

    @Autowired
    IdeaService ideas;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PeopleExport peopleExport;

    @Autowired
    RedemptionExport redemptionExport;

    @Autowired
    PeopleService people;

    @Autowired
    TriageExportService triageExport;

    private static List<CSVRecord> read(String csv) throws Exception {
        return CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
    }

    private long[] mapWithAnnotation(String text) {
        loginAs("staff");
        long map = mapEditing.create(new MapDraft("Export map " + UUID.randomUUID(), "", "Households"));
        long stage = stageEditing.addStage(map, new StageDraft("Delivery", ""));
        long touchpoint = touchpointEditing.addTouchpoint(stage, new TouchpointDraft("Courier", "",
                TouchpointChannel.PHONE, "Couriers", "Warehouse"));
        mapEditing.publish(map);
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        annotations.add(touchpoint, new AnnotationDraft(AnnotationKind.HATE_POINT, Emotion.ANGRY, 4, 5, text, null,
                true));
        return new long[] {map, touchpoint};
    }

    @Test
    void staff_download_a_maps_annotations_with_polish_headers_and_formulas_defused() throws Exception {
        var ids = mapWithAnnotation("=HYPERLINK(\"http://evil\")");
        loginAs("staff");
        var out = new StringWriter();
        annotationExport.exportCsv(ids[0], PL, out);
        var rows = read(out.toString());
        assertThat(rows.getFirst().toList()).startsWith("Adnotacja", "Etap", "Punkt styku", "Rodzaj", "Emocja");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(1)).isEqualTo("Delivery");
        assertThat(rows.get(1).get(2)).isEqualTo("Courier");
        assertThat(rows.get(1).get(7)).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(rows.get(1).get(9)).startsWith("Fresh Member");
    }

    @Test
    void admins_download_the_audit_log_as_filtered_with_translated_actions() throws Exception {
        loginAs("admin");
        var out = new StringWriter();
        var since = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toInstant();
        auditExport.exportCsv(new AuditFilter(AuditAction.ROLES_CHANGED, null, since, null), Locale.ENGLISH, out);
        var rows = read(out.toString());
        assertThat(rows.getFirst().toList()).containsExactly("Time", "Action", "Who", "Kind of target", "Target",
                "Detail", "Client address");
        rows.stream().skip(1).forEach(r -> assertThat(r.get(1)).isNotEqualTo("ROLES_CHANGED"));
    }

    @Test
    void staff_download_pulse_remarks_without_names() throws Exception {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        var title = "Remarked idea " + UUID.randomUUID();
        long idea = ideas.submit(new IdeaDraft(title, "Details", null, List.of(), Visibility.MEMBERS, null), List.of());
        jdbc.update("insert into idea_pulse (idea_id, person_id, answer, remark, answered_at) values (?, ?, ?, ?, ?)",
                idea, 1L, "PARTLY", "@SUM(A1) but only half", OffsetDateTime.now(ZoneOffset.UTC).plusYears(1));
        loginAs("staff");
        var out = new StringWriter();
        remarksExport.exportCsv(PL, out);
        var rows = read(out.toString());
        assertThat(rows.getFirst().toList()).containsExactly("Pomysł", "Tytuł", "Czy to rozwiązało problem?", "Uwaga",
                "Odpowiedziano");
        assertThat(rows.get(1).get(1)).isEqualTo(title);
        assertThat(rows.get(1).get(3)).isEqualTo("'@SUM(A1) but only half");
    }

    @Test
    void admins_download_the_people_they_filtered_with_a_name_that_looks_like_a_formula_defused() throws Exception {
        var email = "formula" + System.nanoTime() + "@example.com";
        SystemActor.run(() -> people.createPerson(email, "=1+1 Kowalski", EnumSet.of(Role.CUSTOMER), null, Language.PL,
                "a long test password"));
        loginAs("admin");
        var out = new StringWriter();
        peopleExport.exportCsv(new PeopleFilter(email, null, null, null, null), PL, out);
        var rows = read(out.toString());
        assertThat(rows.getFirst().toList()).containsExactly("Imię i nazwisko", "E-mail", "Organizacja", "Segment",
                "Role", "Stan", "Uczestnik od");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(0)).isEqualTo("'=1+1 Kowalski");
        assertThat(rows.get(1).get(4)).isNotBlank().isNotEqualTo("CUSTOMER");
    }

    @Test
    void staff_download_the_rewards_to_hand_over_with_headers_in_their_language() throws Exception {
        loginAs("staff");
        var out = new StringWriter();
        redemptionExport.exportCsv(Locale.ENGLISH, out);
        assertThat(read(out.toString()).getFirst().toList()).containsExactly("Redemption", "Member", "Reward",
                "Points", "Requested at", "Approved at");
    }

    @Test
    void the_idea_queue_downloads_with_polish_headers() throws Exception {
        loginAs("staff");
        var out = new StringWriter();
        triageExport.exportCsv(TriageFilter.everything().withText("zqnothingmatches"), PL, out);
        var header = read(out.toString()).getFirst().toList();
        assertThat(header).startsWith("Pomysł", "Tytuł", "Stan");
        assertThat(header).noneMatch(h -> h.startsWith("hours_"));
    }

    @Test
    void customers_cannot_download_exports_and_staff_not_the_audit_log() {
        var ids = mapWithAnnotation("Nobody called");
        loginAs("customer");
        assertThatThrownBy(() -> annotationExport.exportCsv(ids[0], PL, new StringWriter()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> remarksExport.exportCsv(PL, new StringWriter()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> redemptionExport.exportCsv(PL, new StringWriter()))
                .isInstanceOf(AccessDeniedException.class);
        loginAs("staff");
        assertThatThrownBy(() -> auditExport.exportCsv(AuditFilter.none(), PL, new StringWriter()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> peopleExport.exportCsv(PeopleFilter.none(), PL, new StringWriter()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
