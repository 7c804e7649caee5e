package app.rada.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.Appearance;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.support.KaribuTest;
import com.vaadin.flow.server.VaadinSession;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Fifty members pressing "vote" on the same idea at the same moment: the counters must come out exact,
 * on H2 and on PostgreSQL, both when they all vote and when they all take their votes back.
 */
class IdeaVoteConcurrencyTest extends KaribuTest {

    static final int VOTERS = 50;

    @Autowired
    IdeaService ideas;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fifty_members_voting_at_once_leave_an_exact_count_and_taking_the_votes_back_leaves_zero() throws Exception {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long ideaId = ideas.submit(new IdeaDraft("Everyone wants this at once", "A popular request", null, List.of(),
                Visibility.MEMBERS, null), List.of());
        var voters = voters();
        int expectedWeight = voters.stream().mapToInt(Voter::weight).sum();
        assertThat(voters.stream().map(Voter::weight).distinct().count()).as("voters from several segments")
                .isGreaterThan(1);
        double trendingBefore = trending(ideaId);
        logout();

        var firstRound = toggleAllAtOnce(ideaId, voters);
        assertThat(firstRound).allMatch(VoteState::voted);
        assertThat(count("select vote_count from idea where id = ?", ideaId)).isEqualTo(VOTERS);
        assertThat(count("select weighted_votes from idea where id = ?", ideaId)).isEqualTo(expectedWeight);
        assertThat(count("select count(*) from idea_vote where idea_id = ?", ideaId)).isEqualTo(VOTERS);
        assertThat(count("select coalesce(sum(weight), 0) from idea_vote where idea_id = ?", ideaId))
                .isEqualTo(expectedWeight);
        // the last one to finish saw every vote, and nobody saw more
        assertThat(firstRound).extracting(VoteState::voteCount).contains(VOTERS).allMatch(n -> n >= 1 && n <= VOTERS);

        var secondRound = toggleAllAtOnce(ideaId, voters);
        assertThat(secondRound).noneMatch(VoteState::voted);
        assertThat(count("select vote_count from idea where id = ?", ideaId)).isZero();
        assertThat(count("select weighted_votes from idea where id = ?", ideaId)).isZero();
        assertThat(count("select count(*) from idea_vote where idea_id = ?", ideaId)).isZero();
        assertThat(trending(ideaId)).as("trending score back where it started")
                .isCloseTo(trendingBefore, Percentage.withPercentage(0.0001));
    }

    /** The voters and their organisations leave, so other tests on this context see the demo programme as it was. */
    @AfterEach
    void removeVoters() {
        jdbc.update("delete from idea_vote where person_id in (select id from person where email like 'voter%@example.com')");
        jdbc.update("delete from person_role where person_id in (select id from person where email like 'voter%@example.com')");
        jdbc.update("delete from person where email like 'voter%@example.com'");
        jdbc.update("delete from organisation where name like 'Voters of segment %'");
    }

    private List<VoteState> toggleAllAtOnce(long ideaId, List<Voter> voters) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(VOTERS);
        try {
            var ready = new CountDownLatch(VOTERS);
            var go = new CountDownLatch(1);
            var results = new ArrayList<Future<VoteState>>();
            for (var voter : voters) {
                results.add(pool.submit(() -> {
                    // each thread acts as its own member, outside any Vaadin session
                    VaadinSession.setCurrent(null);
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(voter.user(), null,
                            voter.user().getAuthorities()));
                    SecurityContextHolder.setContext(context);
                    try {
                        ready.countDown();
                        go.await();
                        return ideas.toggleVote(ideaId);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            var states = new ArrayList<VoteState>();
            for (var result : results) {
                states.add(result.get(60, TimeUnit.SECONDS));
            }
            return states;
        } finally {
            pool.shutdownNow();
        }
    }

    private double trending(long ideaId) {
        return jdbc.queryForObject("select trending_score from idea where id = ?", Double.class, ideaId);
    }

    private int count(String sql, long ideaId) {
        return jdbc.queryForObject(sql, Integer.class, ideaId);
    }

    record Voter(RadaUser user, int weight) {
    }

    /**
     * Fifty new members in organisations of their own, one per segment of the demo programme (so their
     * weights differ); the demo organisations keep the member counts other tests expect.
     */
    private List<Voter> voters() {
        long stamp = System.nanoTime();
        var now = Timestamp.from(Instant.now());
        List<Map<String, Object>> segments = jdbc.queryForList("select id, vote_weight from segment order by id");
        assertThat(segments).isNotEmpty();
        var organisations = new ArrayList<Map<String, Object>>();
        for (var segment : segments) {
            var name = "Voters of segment " + segment.get("id") + " " + stamp;
            jdbc.update("insert into organisation (name, segment_id, active, created_at) values (?, ?, true, ?)",
                    name, segment.get("id"), now);
            organisations.add(Map.of("id", jdbc.queryForObject("select id from organisation where name = ?", Long.class,
                    name), "vote_weight", segment.get("vote_weight")));
        }
        var voters = new ArrayList<Voter>();
        for (int i = 0; i < VOTERS; i++) {
            var organisation = organisations.get(i % organisations.size());
            long organisationId = ((Number) organisation.get("id")).longValue();
            int weight = ((Number) organisation.get("vote_weight")).intValue();
            var email = "voter" + i + "-" + stamp + "@example.com";
            jdbc.update("""
                    insert into person (email, name, organisation_id, language, appearance, active, created_at, version)
                    values (?, ?, ?, 'en', 'SYSTEM', true, ?, 0)""", email, "Voter " + i, organisationId, now);
            long personId = jdbc.queryForObject("select id from person where email = ?", Long.class, email);
            jdbc.update("insert into person_role (person_id, role) values (?, 'CUSTOMER')", personId);
            voters.add(new Voter(new RadaUser(personId, email, "Voter " + i, null, EnumSet.of(Role.CUSTOMER),
                    organisationId, Language.EN, Appearance.SYSTEM, true), weight));
        }
        return voters;
    }
}
