package app.rada.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.CurrentUser;
import app.rada.support.KaribuTest;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class TriageServiceTest extends KaribuTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    TriageService triage;

    @Autowired
    StaffNoteService staffNotes;

    @Autowired
    IdeaAssignmentService assignment;

    @Autowired
    IdeaReportService reports;

    @Autowired
    TriageExportService export;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    /** A word no other idea has, so a search finds exactly the ideas of one test. */
    private static String word() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private long submitAsFreshCustomer(String title) {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        return ideas.submit(new IdeaDraft(title, "Details of " + title, null, List.of(), Visibility.MEMBERS, null),
                List.of());
    }

    private IdeaStatus statusOf(long id) {
        return IdeaStatus.valueOf(jdbc.queryForObject("select status from idea where id = ?", String.class, id));
    }

    @Test
    void staff_answer_moves_the_idea_to_planned_on_its_timeline_and_tells_the_listeners() {
        long id = submitAsFreshCustomer("Planned answer check " + word());
        var staff = loginAs("staff");
        triage.changeStatus(id, IdeaStatus.PLANNED, "We will build this in **spring**.");

        var page = ideas.page(id);
        assertThat(page.status()).isEqualTo(IdeaStatus.PLANNED);
        assertThat(page.timeline()).singleElement().satisfies(entry -> {
            assertThat(entry.fromStatus()).isEqualTo(IdeaStatus.NEW);
            assertThat(entry.toStatus()).isEqualTo(IdeaStatus.PLANNED);
            assertThat(entry.textHtml()).contains("<strong>spring</strong>");
            assertThat(entry.staffId()).isEqualTo(staff.personId());
        });
        assertThat(jdbc.queryForObject("select first_answer_at from idea where id = ?", OffsetDateTime.class, id))
                .isNotNull();
        assertThat(events.stream(IdeaStatusChanged.class).filter(e -> e.ideaId() == id))
                .singleElement().usingRecursiveComparison().ignoringFields("answerId")
                .isEqualTo(new IdeaStatusChanged(id, IdeaStatus.NEW, IdeaStatus.PLANNED, true, staff.personId(), 0));
        assertThat(jdbc.queryForList("select status from idea_status_period where idea_id = ? and ended_at is null",
                String.class, id)).containsExactly("PLANNED");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'IDEA_STATUS_CHANGED' "
                + "and target_id = ?", Long.class, String.valueOf(id))).isEqualTo(1);

        // a second answer without moving the idea is still a step on the timeline and an event
        triage.changeStatus(id, IdeaStatus.PLANNED, "Design is ready.");
        assertThat(ideas.page(id).timeline()).hasSize(2).last()
                .satisfies(e -> assertThat(e.fromStatus()).isEqualTo(IdeaStatus.PLANNED));
        assertThat(events.stream(IdeaStatusChanged.class).filter(e -> e.ideaId() == id)).hasSize(2)
                .last().usingRecursiveComparison().ignoringFields("answerId")
                .isEqualTo(new IdeaStatusChanged(id, IdeaStatus.PLANNED, IdeaStatus.PLANNED, true, staff.personId(), 0));
        assertThatThrownBy(() -> triage.changeStatus(id, IdeaStatus.PLANNED, " "))
                .hasMessage("ideas.triage.nothing-to-change");
    }

    @Test
    void declining_needs_a_reason_and_merging_is_not_a_plain_status_change() {
        long id = submitAsFreshCustomer("Decline reason check " + word());
        loginAs("staff");
        assertThatThrownBy(() -> triage.changeStatus(id, IdeaStatus.DECLINED, "  "))
                .hasMessage("ideas.triage.reason-required");
        assertThatThrownBy(() -> triage.changeStatus(id, IdeaStatus.MERGED, "dup"))
                .hasMessage("ideas.triage.merge-elsewhere");
        assertThat(statusOf(id)).isEqualTo(IdeaStatus.NEW);
        assertThat(ideas.page(id).timeline()).isEmpty();

        triage.changeStatus(id, IdeaStatus.DECLINED, "It conflicts with the law on consumer rights.");
        assertThat(statusOf(id)).isEqualTo(IdeaStatus.DECLINED);
    }

    @Test
    void a_bulk_change_moves_every_selected_idea_or_none() {
        var tag = word();
        long a = submitAsFreshCustomer("Bulk first " + tag);
        long b = submitAsFreshCustomer("Bulk second " + tag);
        long c = submitAsFreshCustomer("Bulk merged " + tag);
        loginAs("staff");
        triage.merge(c, a);
        assertThatThrownBy(() -> triage.bulkChangeStatus(List.of(a, b, c), IdeaStatus.UNDER_REVIEW, null))
                .hasMessage("ideas.triage.already-merged");
        assertThat(statusOf(a)).isEqualTo(IdeaStatus.NEW);
        assertThat(statusOf(b)).isEqualTo(IdeaStatus.NEW);

        triage.bulkChangeStatus(List.of(a, b), IdeaStatus.UNDER_REVIEW, "We are looking at these.");
        assertThat(statusOf(a)).isEqualTo(IdeaStatus.UNDER_REVIEW);
        assertThat(statusOf(b)).isEqualTo(IdeaStatus.UNDER_REVIEW);
        assertThat(ideas.page(b).timeline()).singleElement()
                .satisfies(e -> assertThat(e.textHtml()).contains("looking at these"));
        assertThat(triage.queue(TriageFilter.everything().withText(tag), 0, 10))
                .extracting(TriageRow::id, TriageRow::status)
                .containsExactly(tuple(a, IdeaStatus.UNDER_REVIEW),
                        tuple(b, IdeaStatus.UNDER_REVIEW),
                        tuple(c, IdeaStatus.MERGED));
    }

    @Test
    void merging_counts_each_voter_once_with_the_original_weight_and_moves_the_followers() {
        var tag = word();
        var dupAuthor = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long duplicate = ideas.submit(new IdeaDraft("Duplicate " + tag, "Same thing", null, List.of(),
                Visibility.MEMBERS, null), List.of());
        long target = submitAsFreshCustomer("Target " + tag);

        var both = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        ideas.toggleVote(duplicate);
        ideas.toggleVote(target);
        var onlyDuplicate = loginAs("board");
        ideas.toggleVote(duplicate);
        var follower = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        ideas.follow(duplicate, true);

        var boardVote = jdbc.queryForMap("select weight, created_at from idea_vote where idea_id = ? and person_id = ?",
                duplicate, onlyDuplicate.personId());
        var before = jdbc.queryForMap("select vote_count, weighted_votes, trending_score from idea where id = ?", target);

        loginAs("staff");
        triage.merge(duplicate, target);

        var after = jdbc.queryForMap("select vote_count, weighted_votes, trending_score from idea where id = ?", target);
        assertThat(((Number) after.get("vote_count")).intValue()).isEqualTo(((Number) before.get("vote_count")).intValue() + 1);
        assertThat(((Number) after.get("weighted_votes")).intValue())
                .isEqualTo(((Number) before.get("weighted_votes")).intValue() + ((Number) boardVote.get("weight")).intValue());
        assertThat(((Number) after.get("trending_score")).doubleValue()).isGreaterThan(
                ((Number) before.get("trending_score")).doubleValue());
        assertThat(jdbc.queryForObject("select count(*) from idea_vote where idea_id = ? and person_id = ?", Long.class,
                target, both.personId())).isEqualTo(1);
        var moved = jdbc.queryForMap("select weight, created_at from idea_vote where idea_id = ? and person_id = ?",
                target, onlyDuplicate.personId());
        assertThat(moved.get("weight")).isEqualTo(boardVote.get("weight"));
        assertThat(jdbc.queryForList("select person_id from idea_follower where idea_id = ?", Long.class, target))
                .contains(follower.personId(), dupAuthor.personId()).doesNotHaveDuplicates();

        var page = ideas.page(duplicate);
        assertThat(page.status()).isEqualTo(IdeaStatus.MERGED);
        assertThat(page.mergedIntoId()).isEqualTo(target);
        assertThat(page.timeline()).last().satisfies(e -> assertThat(e.toStatus()).isEqualTo(IdeaStatus.MERGED));
        assertThat(events.stream(IdeaMerged.class).filter(e -> e.ideaId() == duplicate)).singleElement()
                .satisfies(e -> {
                    assertThat(e.intoIdeaId()).isEqualTo(target);
                    assertThat(e.peopleToTell()).containsExactlyInAnyOrder(dupAuthor.personId(), both.personId(),
                            onlyDuplicate.personId(), follower.personId());
                });

        // the same person merged twice would count twice: refused, as is merging into a merged idea or itself
        assertThatThrownBy(() -> triage.merge(duplicate, target)).hasMessage("ideas.merge.already");
        assertThatThrownBy(() -> triage.merge(target, duplicate)).hasMessage("ideas.merge.into-merged");
        assertThatThrownBy(() -> triage.merge(target, target)).hasMessage("ideas.merge.self");
    }

    @Test
    void the_queue_filters_by_status_owner_department_approval_reports_and_words() {
        var tag = word();
        long plain = submitAsFreshCustomer("Queue plain " + tag);
        long owned = submitAsFreshCustomer("Queue owned " + tag);
        long pending = submitAsFreshCustomer("Queue pending " + tag);
        long reported = submitAsFreshCustomer("Queue reported " + tag);
        var reporter = me();
        jdbc.update("update idea set moderation = 'PENDING', listed = false where id = ?", pending);
        jdbc.update("insert into idea_report (idea_id, reporter_id, reason, created_at) values (?, ?, ?, ?)",
                reported, reporter, "Offensive words", OffsetDateTime.now(ZoneOffset.UTC));
        var staff = loginAs("staff");
        assignment.assign(owned, staff.personId(), "Logistics");

        var defaults = TriageFilter.defaults().withText(tag);
        assertThat(triage.queue(defaults, 0, 10)).extracting(TriageRow::id)
                .containsExactly(plain, owned, pending, reported);
        assertThat(triage.countUpTo(defaults, 1000)).isEqualTo(4);
        // counted no further than asked
        assertThat(triage.countUpTo(defaults, 3)).isEqualTo(3);
        assertThat(triage.countUpTo(defaults, 5)).isEqualTo(4);
        var row = triage.queue(defaults, 0, 10).getFirst();
        assertThat(row.authorName()).hasValueSatisfying(n -> assertThat(n).startsWith("Fresh Member"));
        assertThat(row.waited()).isBetween(Duration.ZERO, Duration.ofMinutes(5));

        assertThat(triage.queue(new TriageFilter(Set.of(), null, staff.personId(), null, false, false, tag), 0, 10))
                .singleElement().satisfies(r -> {
                    assertThat(r.id()).isEqualTo(owned);
                    assertThat(r.ownerName()).contains(staff.name());
                    assertThat(r.department()).isEqualTo("Logistics");
                });
        assertThat(triage.queue(new TriageFilter(Set.of(), null, null, "logistics", false, false, tag), 0, 10))
                .extracting(TriageRow::id).containsExactly(owned);
        assertThat(triage.queue(new TriageFilter(Set.of(), null, null, null, true, false, tag), 0, 10))
                .extracting(TriageRow::id).containsExactly(pending);
        assertThat(triage.queue(new TriageFilter(Set.of(), null, null, null, false, true, tag), 0, 10))
                .singleElement().satisfies(r -> assertThat(r.openReports()).isEqualTo(1));
        triage.changeStatus(plain, IdeaStatus.UNDER_REVIEW, null);
        assertThat(triage.queue(defaults, 0, 10)).extracting(TriageRow::id).doesNotContain(plain);
        assertThat(triage.queue(defaults.withStatuses(Set.of(IdeaStatus.UNDER_REVIEW)), 0, 10))
                .extracting(TriageRow::id).containsExactly(plain);
        assertThat(triage.departments()).contains("Logistics");
    }

    private long me() {
        return CurrentUser.require().personId();
    }

    @Test
    void an_owner_must_be_active_staff() {
        long id = submitAsFreshCustomer("Owner check " + word());
        var customer = CurrentUser.require().personId();
        loginAs("staff");
        assertThatThrownBy(() -> assignment.assign(id, customer, null)).hasMessage("ideas.triage.owner-not-staff");
        assignment.setTags(id, List.of("Delivery Window", "sms"));
        assertThat(ideas.page(id).tags()).containsExactly("delivery-window", "sms");
    }

    @Test
    void timings_show_the_first_answer_and_the_time_in_each_status() {
        long id = submitAsFreshCustomer("Timing check " + word());
        var threeHoursAgo = OffsetDateTime.now(ZoneOffset.UTC).minusHours(3);
        jdbc.update("update idea set created_at = ?, status_changed_at = ? where id = ?", threeHoursAgo, threeHoursAgo, id);
        jdbc.update("update idea_status_period set started_at = ? where idea_id = ?", threeHoursAgo, id);
        loginAs("staff");
        triage.changeStatus(id, IdeaStatus.UNDER_REVIEW, "Looking into it.");

        var timings = export.timings(id);
        assertThat(timings.toFirstAnswer()).isCloseTo(Duration.ofHours(3), Duration.ofMinutes(2));
        assertThat(timings.inStatus().get(IdeaStatus.NEW)).isCloseTo(Duration.ofHours(3), Duration.ofMinutes(2));
        assertThat(timings.inStatus().get(IdeaStatus.UNDER_REVIEW)).isLessThan(Duration.ofMinutes(2));
    }

    @Test
    void the_csv_export_lists_the_filtered_ideas_with_votes_and_timings() throws Exception {
        var tag = word();
        long answered = submitAsFreshCustomer("=Export answered " + tag);
        long waiting = submitAsFreshCustomer("Export waiting " + tag);
        var twoHoursAgo = OffsetDateTime.now(ZoneOffset.UTC).minusHours(2);
        jdbc.update("update idea set created_at = ? where id = ?", twoHoursAgo, answered);
        jdbc.update("update idea_status_period set started_at = ? where idea_id = ?", twoHoursAgo, answered);
        loginAs("board");
        ideas.toggleVote(answered);
        loginAs("staff");
        triage.changeStatus(answered, IdeaStatus.PLANNED, "Yes.");
        jdbc.update("update idea set created_at = created_at + INTERVAL '1' MINUTE where id = ?", waiting);

        var out = new StringWriter();
        export.exportCsv(TriageFilter.everything().withText(tag), out);
        var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(records).hasSize(2);
        var first = records.getFirst();
        assertThat(first.get("id")).isEqualTo(String.valueOf(answered));
        assertThat(first.get("title")).startsWith("'=Export answered");
        assertThat(first.get("status")).isEqualTo("PLANNED");
        assertThat(first.get("votes")).isEqualTo("1");
        assertThat(Integer.parseInt(first.get("weighted_votes"))).isGreaterThanOrEqualTo(1);
        assertThat(first.get("comments")).isEqualTo("0");
        assertThat(Double.parseDouble(first.get("hours_to_first_answer"))).isCloseTo(2.0, within(0.1));
        assertThat(Double.parseDouble(first.get("hours_new"))).isCloseTo(2.0, within(0.1));
        assertThat(first.get("hours_planned")).isNotEmpty();
        assertThat(first.get("hours_done")).isEmpty();
        var second = records.get(1);
        assertThat(second.get("id")).isEqualTo(String.valueOf(waiting));
        assertThat(second.get("first_answer")).isEmpty();
        assertThat(second.get("hours_to_first_answer")).isEmpty();
        assertThat(Instant.parse(second.get("created"))).isCloseTo(Instant.now(), within(5, ChronoUnit.MINUTES));
    }

    @Test
    void pending_ideas_are_approved_or_rejected_with_a_reason_their_author_reads() {
        long approved = submitAsFreshCustomer("Moderation approve " + word());
        long rejected = submitAsFreshCustomer("Moderation reject " + word());
        var author = CurrentUser.require();
        jdbc.update("update idea set moderation = 'PENDING', listed = false where id in (?, ?)", approved, rejected);
        loginAs("staff");
        triage.approve(approved);
        assertThatThrownBy(() -> triage.approve(approved)).hasMessage("ideas.moderation.not-pending");
        assertThatThrownBy(() -> triage.reject(rejected, " ")).hasMessage("ideas.triage.reason-required");
        triage.reject(rejected, "Please remove the customer's phone number.");

        loginAs("customer");
        assertThat(ideas.page(approved).moderation()).isEqualTo(Moderation.APPROVED);
        assertThatThrownBy(() -> ideas.page(rejected)).isInstanceOf(AccessDeniedException.class);
        login(author);
        assertThat(ideas.page(rejected).timeline()).singleElement()
                .satisfies(e -> assertThat(e.textHtml()).contains("phone number"));
    }

    @Test
    void open_reports_are_listed_until_resolved() {
        long id = submitAsFreshCustomer("Reported idea " + word());
        long reporter = CurrentUser.require().personId();
        jdbc.update("insert into idea_report (idea_id, reporter_id, reason, created_at) values (?, ?, ?, ?)",
                id, reporter, "Spam link", OffsetDateTime.now(ZoneOffset.UTC));
        loginAs("staff");
        long open = reports.countReports();
        var report = reports.reports(0, 200).stream().filter(r -> r.ideaId() == id).findFirst().orElseThrow();
        assertThat(report.reason()).isEqualTo("Spam link");
        assertThat(report.reporterName()).isPresent();
        reports.resolveReport(report.id());
        assertThat(reports.countReports()).isEqualTo(open - 1);
        assertThat(reports.reports(0, 200)).extracting(IdeaReport::ideaId).doesNotContain(id);
    }

    @Test
    void staff_notes_are_kept_from_customers_and_board_members() {
        long id = submitAsFreshCustomer("Notes check " + word());
        loginAs("staff");
        staffNotes.addNote(id, "Secret: the courier contract ends in March.");
        assertThat(staffNotes.notes(id)).singleElement()
                .satisfies(n -> assertThat(n.text()).isEqualTo("Secret: the courier contract ends in March."));
        assertThatThrownBy(() -> staffNotes.addNote(id, "   ")).hasMessage("ideas.triage.note-empty");

        for (var role : List.of("customer", "board")) {
            loginAs(role);
            assertThatThrownBy(() -> staffNotes.notes(id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> staffNotes.addNote(id, "sneaky")).isInstanceOf(AccessDeniedException.class);
            assertThat(ideas.page(id).toString()).doesNotContain("courier contract");
        }
        loginAs("staff");
        assertThat(staffNotes.notes(id)).hasSize(1);
    }

    @Test
    void every_triage_method_is_refused_to_customers_and_board_members() {
        long id = submitAsFreshCustomer("Refusal check " + word());
        for (var role : List.of("customer", "board")) {
            loginAs(role);
            List<Runnable> calls = List.of(
                    () -> triage.queue(TriageFilter.defaults(), 0, 10),
                    () -> triage.countUpTo(TriageFilter.defaults(), 1001),
                    triage::departments,
                    assignment::owners,
                    () -> triage.changeStatus(id, IdeaStatus.PLANNED, "x"),
                    () -> triage.bulkChangeStatus(List.of(id), IdeaStatus.PLANNED, "x"),
                    () -> staffNotes.addNote(id, "x"),
                    () -> staffNotes.notes(id),
                    () -> assignment.assign(id, null, null),
                    () -> assignment.setTags(id, List.of("x")),
                    () -> triage.merge(id, id + 1),
                    () -> triage.mergeTargets(id, "x", 0, 10),
                    () -> triage.approve(id),
                    () -> triage.reject(id, "x"),
                    () -> reports.reports(0, 10),
                    reports::countReports,
                    () -> reports.resolveReport(1),
                    () -> export.timings(id),
                    () -> export.exportCsv(TriageFilter.defaults(), new StringWriter()));
            for (var call : calls) {
                assertThatThrownBy(call::run).as(role).isInstanceOf(AccessDeniedException.class);
            }
        }
        loginAs("staff");
        assertThat(statusOf(id)).isEqualTo(IdeaStatus.NEW);
    }
}
