package app.rada.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.journeys.JourneyService;
import app.rada.journeys.MapDraft;
import app.rada.journeys.StageDraft;
import app.rada.journeys.TouchpointChannel;
import app.rada.journeys.TouchpointDraft;
import app.rada.people.LoginAccounts;
import app.rada.people.PeopleService;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/** Helpers the rewards tests share: acting as someone, waiting for listeners, reading the ledger. */
public final class RewardTesting {

    private RewardTesting() {
    }

    public static RadaUser user(LoginAccounts accounts, String email) {
        return accounts.findLoginAccount(email).orElseThrow().asUser();
    }

    /** For tests of other modules, which still reach people through {@link PeopleService}. */
    public static RadaUser user(PeopleService people, String email) {
        return people.findLoginAccount(email).orElseThrow().asUser();
    }

    public static <T> T as(RadaUser user, Supplier<T> work) {
        return SystemActor.callAs(user, work);
    }

    public static void as(RadaUser user, Runnable work) {
        SystemActor.callAs(user, () -> {
            work.run();
            return null;
        });
    }

    /** Waits until the condition holds (listeners run after commit, on other threads), at most 15 seconds. */
    public static void eventually(BooleanSupplier condition) {
        long until = System.nanoTime() + 15_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                assertThat(condition.getAsBoolean()).as("condition reached within 15 s").isTrue();
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Waits until no event publication is waiting for a listener: every listener has had its turn. */
    public static void settled(JdbcTemplate jdbc) {
        // a publication whose listener failed waits for EventRetryJob and is not in flight; one left failed by an
        // earlier test of the same context must not hold up this one
        String inFlight = "from event_publication where completion_date is null and (status is null or status <> 'FAILED')";
        long until = System.nanoTime() + 15_000_000_000L;
        while (jdbc.queryForObject("select count(*) " + inFlight, Long.class) > 0) {
            if (System.nanoTime() > until) {
                assertThat(jdbc.queryForList("select listener_id, event_type, status, publication_date " + inFlight))
                        .as("event publications still in flight after 15 s").isEmpty();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static int ledgerRows(JdbcTemplate jdbc, long personId, EntryKind kind) {
        return jdbc.queryForObject("select count(*) from reward_entry where person_id = ? and kind = ?", Integer.class,
                personId, kind.name());
    }

    public static int ledgerPoints(JdbcTemplate jdbc, long personId, EntryKind kind) {
        return jdbc.queryForObject("select coalesce(sum(lifetime_points), 0) from reward_entry where person_id = ? "
                + "and kind = ?", Integer.class, personId, kind.name());
    }

    /** A published map drawn by staff with the given number of stages, one touchpoint each; the touchpoint ids. */
    public static List<Long> publishedMap(JourneyService journeys, RadaUser staff, String title, int stages) {
        return as(staff, () -> {
            long mapId = journeys.create(new MapDraft(title, "A journey for the tests", "A customer"));
            var touchpoints = new ArrayList<Long>();
            for (int s = 0; s < stages; s++) {
                long stage = journeys.addStage(mapId, new StageDraft("Stage " + (s + 1), "Get through stage " + (s + 1)));
                touchpoints.add(journeys.addTouchpoint(stage, new TouchpointDraft("Touchpoint " + (s + 1),
                        "Where the customer meets us", TouchpointChannel.WEB, "Sales", "Logistics")));
            }
            journeys.publish(mapId);
            return touchpoints;
        });
    }
}
