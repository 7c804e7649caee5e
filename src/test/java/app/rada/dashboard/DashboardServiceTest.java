package app.rada.dashboard;

import static app.rada.rewards.RewardTesting.as;
import static app.rada.rewards.RewardTesting.eventually;
import static app.rada.rewards.RewardTesting.publishedMap;
import static app.rada.rewards.RewardTesting.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.rada.dashboard.internal.ActivityStore;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.TriageService;
import app.rada.ideas.Visibility;
import app.rada.journeys.JourneyService;
import app.rada.people.PeopleService;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.support.KaribuTest;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The dashboard's figures against small data sets counted by hand, each in a month of its own long ago. */
class DashboardServiceTest extends KaribuTest {

    @Autowired
    DashboardService dashboard;

    @Autowired
    PeopleService people;

    @Autowired
    JourneyService journeys;

    @Autowired
    IdeaService ideas;

    @Autowired
    TriageService triage;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ActivityStore activity;

    DashboardTesting data;
    RadaUser staff;

    @BeforeEach
    void setUp() {
        data = new DashboardTesting(jdbc, activity);
        staff = user(people, "staff@rada.demo");
    }

    @Test
    void the_ideas_figures_of_a_month_match_what_was_counted_by_hand() {
        var author = user(people, freshMember(Role.CUSTOMER, Language.EN));
        var voter = user(people, freshMember(Role.CUSTOMER, Language.EN));
        // answered after 2 days, planned
        data.idea(author.personId(), "PLANNED", "2024-03-05T10:00:00Z", Duration.ofDays(2), null);
        // answered after 10 days, done after 20; its people said yes, yes, no: solved
        long done = data.idea(author.personId(), "DONE", "2024-03-05T10:00:00Z", Duration.ofDays(10),
                Duration.ofDays(20));
        data.pulse(done, author.personId(), "YES", "2024-03-26T10:00:00Z");
        data.pulse(done, voter.personId(), "YES", "2024-03-26T11:00:00Z");
        data.pulse(done, staff.personId(), "NO", "2024-03-26T12:00:00Z");
        // never answered
        data.idea(author.personId(), "NEW", "2024-03-12T10:00:00Z", null, null);
        // declined after one day
        data.idea(author.personId(), "DECLINED", "2024-03-05T10:00:00Z", Duration.ofDays(1), null);
        // outside the month: left out
        data.idea(author.personId(), "NEW", "2024-04-02T10:00:00Z", null, null);

        var f = as(staff, () -> dashboard.figures(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)));
        var i = f.ideas();
        assertThat(i.submitted()).isEqualTo(4);
        assertThat(i.count(IdeaStatus.PLANNED)).isEqualTo(1);
        assertThat(i.count(IdeaStatus.DONE)).isEqualTo(1);
        assertThat(i.count(IdeaStatus.NEW)).isEqualTo(1);
        assertThat(i.count(IdeaStatus.DECLINED)).isEqualTo(1);
        assertThat(i.answered()).isEqualTo(3);
        // answers after 48, 240 and 24 hours: the median is 48
        assertThat(i.medianHoursToAnswer()).isCloseTo(48.0, within(0.01));
        assertThat(i.weekOld()).isEqualTo(4);
        assertThat(i.answeredWithinWeek()).isEqualTo(2);
        assertThat(i.answeredWithinWeekPercent()).isCloseTo(50.0, within(0.01));
        assertThat(i.done()).isEqualTo(1);
        assertThat(i.medianDaysToDone()).isCloseTo(20.0, within(0.01));
        assertThat(i.doneInSpan()).isEqualTo(1);
        assertThat(i.doneWithPulse()).isEqualTo(1);
        assertThat(i.solved()).isEqualTo(1);
        assertThat(f.months()).containsExactly(YearMonth.of(2024, 3));
        assertThat(f.trend()).singleElement().satisfies(t -> {
            assertThat(t.answered()).isEqualTo(3);
            assertThat(t.medianHoursToAnswer()).isCloseTo(48.0, within(0.01));
            assertThat(t.done()).isEqualTo(1);
            assertThat(t.medianDaysToDone()).isCloseTo(20.0, within(0.01));
        });
    }

    @Test
    void the_trend_splits_a_span_into_its_months_and_medians_follow_the_month_of_the_answer() {
        var author = user(people, freshMember(Role.CUSTOMER, Language.EN));
        // submitted in May, answered in May after 6 and 10 hours, and in June after 30 days
        data.idea(author.personId(), "UNDER_REVIEW", "2024-05-10T08:00:00Z", Duration.ofHours(6), null);
        data.idea(author.personId(), "UNDER_REVIEW", "2024-05-11T08:00:00Z", Duration.ofHours(10), null);
        data.idea(author.personId(), "UNDER_REVIEW", "2024-05-20T08:00:00Z", Duration.ofDays(30), null);

        var f = as(staff, () -> dashboard.figures(LocalDate.of(2024, 5, 15), LocalDate.of(2024, 6, 30)));
        assertThat(f.months()).containsExactly(YearMonth.of(2024, 5), YearMonth.of(2024, 6));
        // the span starts on 15 May: only the third idea was submitted in it
        assertThat(f.ideas().submitted()).isEqualTo(1);
        assertThat(f.trend()).hasSize(2);
        assertThat(f.trend().get(0).answered()).isZero();
        assertThat(f.trend().get(1).answered()).isEqualTo(1);
        assertThat(f.trend().get(1).medianHoursToAnswer()).isCloseTo(720.0, within(0.01));

        var wider = as(staff, () -> dashboard.figures(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)));
        assertThat(wider.trend().getFirst().answered()).isEqualTo(2);
        assertThat(wider.trend().getFirst().medianHoursToAnswer()).isCloseTo(8.0, within(0.01));
    }

    @Test
    void participation_turnout_journey_health_and_points_of_a_month_match_what_was_counted_by_hand() {
        var segments = as(staff, () -> people.segments());
        long strategic = segments.stream().filter(s -> s.code().equals("strategic")).findFirst().orElseThrow().id();
        long growth = segments.stream().filter(s -> s.code().equals("growth")).findFirst().orElseThrow().id();
        data.active("2024-07-01", 900_001, null, strategic);
        data.active("2024-07-01", 900_002, null, strategic);
        data.active("2024-07-01", 900_003, null, growth);
        data.active("2024-08-01", 900_001, null, strategic);
        data.closedBallot("Hand-counted turnout", "2024-07-20T12:00:00Z", 4, 3, 900_010);

        var touchpoints = publishedMap(journeys, staff, "Hand-counted journey", 2);
        long mapId = jdbc.queryForObject("select map_id from journey_touchpoint where id = ?", Long.class,
                touchpoints.getFirst());
        // first touchpoint: negative 4 and 2, positive 3 from three people: NEV 100 × (3 − 6) / 9 = −33,
        // priority 4 (importance) × 3 (people) × 6/9 (negative share) = 8.0
        data.annotation(mapId, touchpoints.get(0), 900_021, null, -1, 4, "2024-07-03T09:00:00Z");
        data.annotation(mapId, touchpoints.get(0), 900_022, null, -1, 2, "2024-07-04T09:00:00Z");
        data.annotation(mapId, touchpoints.get(0), 900_023, null, 1, 3, "2024-07-05T09:00:00Z");
        // second touchpoint: one positive: NEV 100, no hotspot
        data.annotation(mapId, touchpoints.get(1), 900_021, null, 1, 5, "2024-07-06T09:00:00Z");

        data.entry(900_031, "IDEA_SUBMITTED", 10, 10, "2024-07-08T09:00:00Z");
        data.entry(900_031, "IDEA_DONE", 50, 50, "2024-08-08T09:00:00Z");
        data.entry(900_032, "MANUAL", 40, 40, "2024-07-09T09:00:00Z");
        data.entry(900_032, "REDEEMED", 0, -30, "2024-07-10T09:00:00Z");
        data.entry(900_032, "REDEEMED", 0, -20, "2024-08-10T09:00:00Z");
        data.entry(900_032, "RETURNED", 0, 20, "2024-08-11T09:00:00Z");

        var f = as(staff, () -> dashboard.figures(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 8, 31)));
        assertThat(f.active()).containsExactlyInAnyOrder(
                new SegmentActivity(YearMonth.of(2024, 7), strategic, 2),
                new SegmentActivity(YearMonth.of(2024, 7), growth, 1),
                new SegmentActivity(YearMonth.of(2024, 8), strategic, 1));
        assertThat(f.turnout()).singleElement().satisfies(b -> {
            assertThat(b.title()).isEqualTo("Hand-counted turnout");
            assertThat(b.eligible()).isEqualTo(4);
            assertThat(b.voted()).isEqualTo(3);
            assertThat(b.percent()).isCloseTo(75.0, within(0.01));
        });
        // no design session was held in the span
        assertThat(f.sessions()).hasValueSatisfying(s -> assertThat(s.sessions()).isZero());
        assertThat(f.health().lowestNev()).extracting(t -> t.touchpointId()).startsWith(touchpoints.get(0),
                touchpoints.get(1));
        assertThat(f.health().lowestNev().getFirst().nev()).isEqualTo(-33);
        assertThat(f.health().lowestNev().getFirst().touchpointName()).isEqualTo("Touchpoint 1");
        assertThat(f.health().lowestNev().getFirst().stageName()).isEqualTo("Stage 1");
        assertThat(f.health().hotspots()).singleElement().satisfies(t -> {
            assertThat(t.touchpointId()).isEqualTo(touchpoints.get(0));
            assertThat(t.priority()).isEqualTo(8.0);
            assertThat(t.people()).isEqualTo(3);
        });
        assertThat(f.points().earned()).isEqualTo(60);
        assertThat(f.points().manual()).isEqualTo(40);
        assertThat(f.points().redeemed()).isEqualTo(30);
        assertThat(f.points().periods()).extracting(p -> p.period() + ":" + p.awarded() + "/" + p.redeemed())
                .containsExactly("0:50/30", "1:50/0");
        assertThat(f.points().pendingNow()).isEqualTo(jdbc.queryForObject(
                "select count(*) from reward_redemption where status = 'PENDING'", Long.class));

        var csv = new StringWriter();
        as(staff, () -> dashboard.exportCsv(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 8, 31), Locale.ENGLISH, csv));
        assertThat(csv.toString().lines().findFirst()).hasValue("Section,Figure,Month,Value");
        assertThat(csv.toString()).contains("active_members,strategic,2024-07,2",
                "active_members,growth,2024-07,1", "ballot_turnout,Hand-counted turnout,2024-07,3/4",
                "points,earned,,60", "points,redeemed,,30", "points,awarded,2024-08,50",
                "lowest_nev,Hand-counted journey / Stage 1 / Touchpoint 1,,-33",
                "hotspot_priority,Hand-counted journey / Stage 1 / Touchpoint 1,,8.0");
    }

    @Test
    void an_organisations_page_counts_what_its_people_did_and_what_we_did_for_them() {
        var member = user(people, freshMember(Role.CUSTOMER, Language.EN));
        long organisationId = member.organisationId();
        // another organisation's member, left out
        long other = jdbc.queryForObject("select min(id) from person where organisation_id <> ?", Long.class,
                organisationId);
        long answered = data.idea(member.personId(), "DONE", "2024-09-03T10:00:00Z", Duration.ofDays(1),
                Duration.ofDays(9));
        data.idea(member.personId(), "NEW", "2024-09-04T10:00:00Z", null, null);
        data.idea(other, "NEW", "2024-09-04T10:00:00Z", null, null);
        data.vote(answered, member.personId(), "2024-09-05T10:00:00Z");
        data.comment(answered, member.personId(), "2024-09-06T10:00:00Z");
        data.closedBallot("Organisation turnout", "2024-09-20T12:00:00Z", 1, 1, member.personId());
        var touchpoints = publishedMap(journeys, staff, "Organisation journey", 1);
        long mapId = jdbc.queryForObject("select map_id from journey_touchpoint where id = ?", Long.class,
                touchpoints.getFirst());
        data.annotation(mapId, touchpoints.getFirst(), member.personId(), organisationId, -1, 3, "2024-09-07T10:00:00Z");
        data.annotation(mapId, touchpoints.getFirst(), member.personId(), organisationId, 1, 1, "2024-10-07T10:00:00Z");
        data.active("2024-09-01", member.personId(), organisationId, null);

        var f = as(staff, () -> dashboard.organisation(organisationId, LocalDate.of(2024, 9, 1),
                LocalDate.of(2024, 10, 31)));
        assertThat(f.ideas().ideas()).isEqualTo(2);
        assertThat(f.ideas().answered()).isEqualTo(1);
        assertThat(f.ideas().done()).isEqualTo(1);
        assertThat(f.ideas().votes()).isEqualTo(1);
        assertThat(f.ideas().comments()).isEqualTo(1);
        assertThat(f.ideas().latest()).hasSize(2);
        assertThat(f.ballotVotes()).isEqualTo(1);
        assertThat(f.annotations()).isEqualTo(2);
        assertThat(f.emotions()).extracting(e -> e.nev()).containsExactly(-100, 100);
        assertThat(f.activeByMonth()).containsExactly(1L, 0L);
        // no design session was held in the span
        assertThat(f.sessions()).hasValueSatisfying(s -> assertThat(s.sessions()).isZero());
    }

    @Test
    void a_polish_reader_downloads_the_dashboard_and_an_organisation_with_polish_column_names_and_the_same_codes() {
        var member = user(people, freshMember(Role.CUSTOMER, Language.PL));
        var from = LocalDate.of(2024, 9, 1);
        var to = LocalDate.of(2024, 9, 30);
        var polish = Locale.forLanguageTag("pl");
        var english = new StringWriter();
        as(staff, () -> dashboard.exportCsv(from, to, Locale.ENGLISH, english));
        var whole = new StringWriter();
        as(staff, () -> dashboard.exportCsv(from, to, polish, whole));
        var lines = whole.toString().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Sekcja,Wskaźnik,Miesiąc,Wartość");
        assertThat(lines).contains("span,from,,2024-09-01", "span,to,,2024-09-30")
                .anySatisfy(l -> assertThat(l).startsWith("ideas,status_new,,"));
        assertThat(lines.subList(1, lines.size())).isEqualTo(english.toString().lines().skip(1).toList());

        var organisation = new StringWriter();
        as(staff, () -> dashboard.exportOrganisationCsv(member.organisationId(), from, to, polish, organisation));
        assertThat(organisation.toString().lines().toList()).startsWith("Sekcja,Wskaźnik,Miesiąc,Wartość")
                .contains("span,to,,2024-09-30");
        var inEnglish = new StringWriter();
        as(staff, () -> dashboard.exportOrganisationCsv(member.organisationId(), from, to, Locale.ENGLISH, inEnglish));
        assertThat(inEnglish.toString().lines().findFirst()).hasValue("Section,Figure,Month,Value");
    }

    @Test
    void an_idea_answered_and_done_through_triage_keeps_its_waiting_times_for_the_medians() {
        var author = user(people, freshMember(Role.CUSTOMER, Language.EN));
        long id = as(author, () -> ideas.submit(new IdeaDraft("Waiting times are kept", "Answered at once", null,
                List.of(), Visibility.MEMBERS, null), List.of()));
        jdbc.update("update idea set created_at = created_at - interval '3' day where id = ?", id);
        as(staff, () -> triage.changeStatus(id, IdeaStatus.PLANNED, "Planned for spring."));
        as(staff, () -> triage.changeStatus(id, IdeaStatus.DONE, "Done."));
        var seconds = jdbc.queryForMap("select answer_seconds, done_seconds from idea where id = ?", id);
        assertThat(((Number) seconds.get("answer_seconds")).longValue()).isBetween(3 * 86_400L - 5, 3 * 86_400L + 60);
        assertThat(((Number) seconds.get("done_seconds")).longValue()).isBetween(3 * 86_400L - 5, 3 * 86_400L + 60);
    }

    @Test
    void a_member_who_acts_is_counted_active_this_month_with_the_segment_of_their_organisation() {
        var member = user(people, freshMember(Role.CUSTOMER, Language.EN));
        as(member, () -> ideas.submit(new IdeaDraft("Counted as active", "An idea to be active with", null,
                List.of(), Visibility.MEMBERS, null), List.of()));
        eventually(() -> jdbc.queryForObject("select count(*) from dashboard_active where person_id = ?", Integer.class,
                member.personId()) == 1);
        long segment = as(staff, () -> people.segmentOf(member.organisationId())).orElseThrow();
        assertThat(jdbc.queryForObject("select segment_id from dashboard_active where person_id = ?", Long.class,
                member.personId())).isEqualTo(segment);
    }

    @Test
    void a_span_in_the_wrong_order_or_too_long_is_refused_and_customers_get_no_figures() {
        assertThatThrownBy(() -> as(staff, () -> dashboard.figures(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 1))))
                .isInstanceOf(Problem.class).hasMessage("dashboard.problem.order");
        assertThatThrownBy(() -> as(staff, () -> dashboard.figures(LocalDate.of(2018, 1, 1), LocalDate.of(2024, 5, 1))))
                .isInstanceOf(Problem.class).hasMessage("dashboard.problem.too-long");
        var customer = user(people, "customer@rada.demo");
        assertThatThrownBy(() -> as(customer, () -> dashboard.figures(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 2))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(customer, () -> dashboard.organisation(customer.organisationId(),
                LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 2)))).isInstanceOf(AccessDeniedException.class);
    }
}
