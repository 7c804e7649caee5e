package app.rada.rewards;

import static app.rada.rewards.RewardTesting.as;
import static app.rada.rewards.RewardTesting.user;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.people.LoginAccounts;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.support.KaribuTest;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Many requests at the same moment, on H2 and on PostgreSQL: the last item goes to exactly one member, and
 * one member's points are never spent twice; stock and balances never go below zero.
 */
class RedemptionConcurrencyTest extends KaribuTest {

    static final int MEMBERS = 20;
    static final int REQUESTS = 12;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    RewardService rewards;

    @Autowired
    LoginAccounts people;

    @Autowired
    JdbcTemplate jdbc;

    private long reward(String name, int cost, int stock) {
        return as(user(people, "admin@rada.demo"), () -> catalogue.create(new RewardDraft(name, name, "Wanted by all",
                "Wszyscy chcą", cost, stock, true), null));
    }

    @Test
    void twenty_members_asking_for_the_last_item_at_once_leave_one_redemption_and_no_negative_stock() throws Exception {
        long last = reward("The very last hoodie", 25, 1);
        var staff = user(people, "staff@rada.demo");
        var members = new ArrayList<RadaUser>();
        for (int i = 0; i < MEMBERS; i++) {
            var member = user(people, freshMember(Role.CUSTOMER, Language.EN));
            as(staff, () -> rewards.award(member.personId(), 30, "Enough for the hoodie"));
            members.add(member);
        }
        var outcomes = allAtOnce(members.stream().map(m -> (Callable<Long>) () -> as(m, () -> catalogue.redeem(last)))
                .toList());

        assertThat(outcomes.stream().filter(o -> o instanceof Long)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> o instanceof Problem p && p.key().equals("rewards.problem.out-of-stock")))
                .hasSize(MEMBERS - 1);
        assertThat(jdbc.queryForObject("select stock from reward_item where id = ?", Integer.class, last)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from reward_redemption where item_id = ?", Integer.class, last))
                .isEqualTo(1);
        var spendable = members.stream().map(m -> as(m, () -> rewards.myPoints().spendable())).toList();
        assertThat(spendable).containsOnly(30, 5);
        assertThat(spendable.stream().filter(s -> s == 5)).hasSize(1);
    }

    @Test
    void one_member_asking_many_times_at_once_spends_only_the_points_they_have() throws Exception {
        long mug = reward("Mug for the impatient", 30, 100);
        var member = user(people, freshMember(Role.CUSTOMER, Language.EN));
        as(user(people, "staff@rada.demo"), () -> rewards.award(member.personId(), 100, "Enough for three mugs"));
        var calls = new ArrayList<Callable<Long>>();
        for (int i = 0; i < REQUESTS; i++) {
            calls.add(() -> as(member, () -> catalogue.redeem(mug)));
        }
        var outcomes = allAtOnce(calls);

        assertThat(outcomes.stream().filter(o -> o instanceof Long)).hasSize(3);
        assertThat(outcomes.stream().filter(o -> o instanceof Problem p && p.key().equals("rewards.problem.not-enough")))
                .hasSize(REQUESTS - 3);
        assertThat(as(member, () -> rewards.myPoints().spendable())).isEqualTo(10);
        assertThat(jdbc.queryForObject("select spendable from reward_balance where person_id = ?", Integer.class,
                member.personId())).isEqualTo(10);
        assertThat(jdbc.queryForObject("select stock from reward_item where id = ?", Integer.class, mug)).isEqualTo(97);
        assertThat(jdbc.queryForObject("select coalesce(sum(spendable_points), 0) from reward_entry where person_id = ?",
                Integer.class, member.personId())).as("the ledger adds up to the counter").isEqualTo(10);
    }

    /** Runs every call on its own thread, released together; returns each result or the exception it threw. */
    private static List<Object> allAtOnce(List<Callable<Long>> calls) throws Exception {
        var pool = Executors.newFixedThreadPool(calls.size());
        try {
            var ready = new CountDownLatch(calls.size());
            var go = new CountDownLatch(1);
            var futures = new ArrayList<Future<Object>>();
            for (var call : calls) {
                futures.add(pool.submit(() -> {
                    VaadinSession.setCurrent(null);
                    SecurityContextHolder.clearContext();
                    ready.countDown();
                    go.await();
                    try {
                        return (Object) call.call();
                    } catch (RuntimeException refused) {
                        return refused;
                    }
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            var results = new ArrayList<Object>();
            for (var future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
