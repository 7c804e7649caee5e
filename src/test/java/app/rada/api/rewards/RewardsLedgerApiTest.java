package app.rada.api.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.api.ApiScope;
import app.rada.api.ApiTest;
import app.rada.rewards.RewardService;
import app.rada.shared.security.SystemActor;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RewardsLedgerApiTest extends ApiTest {

    @Autowired
    RewardService rewards;

    @Test
    void an_admin_token_pages_through_a_persons_ledger_newest_first() {
        var ewa = user("ewa.lis@rada.demo");
        var admin = user("admin@rada.demo");
        long total = SystemActor.callAs(admin, () -> rewards.countHistory(ewa.personId()));
        assertThat(total).isGreaterThan(3);
        var expected = SystemActor.callAs(admin, () -> rewards.history(ewa.personId(), 0, 100));

        var client = api(token("admin@rada.demo", ApiScope.ADMIN));
        var ids = new ArrayList<Long>();
        String cursor = null;
        int pages = 0;
        do {
            var answer = client.get("/api/v1/rewards/ledger/" + ewa.personId() + "?limit=3"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            answer.json().get("items").forEach(e -> ids.add(e.get("id").asLong()));
            var next = answer.json().get("next");
            cursor = next == null || next.isNull() ? null : next.asString();
            pages++;
        } while (cursor != null && pages < 40);
        assertThat(ids).hasSize((int) total).doesNotHaveDuplicates();
        assertThat(ids.subList(0, Math.min(ids.size(), expected.size())))
                .isEqualTo(expected.stream().map(e -> e.id()).toList().subList(0, Math.min(ids.size(), expected.size())));
        var first = client.get("/api/v1/rewards/ledger/" + ewa.personId() + "?limit=1").json().get("items").get(0);
        assertThat(first.get("kind").asString()).isEqualTo(expected.getFirst().kind().name());
        assertThat(first.get("lifetimePoints").asInt()).isEqualTo(expected.getFirst().lifetimePoints());
    }

    @Test
    void the_ledger_needs_the_admin_scope_even_for_the_owners_own_points() {
        var admin = user("admin@rada.demo");
        var ewa = user("ewa.lis@rada.demo");
        assertThat(api(token("admin@rada.demo", ApiScope.STAFF)).get("/api/v1/rewards/ledger/" + ewa.personId())
                .status()).isEqualTo(403);
        assertThat(api(token("admin@rada.demo")).get("/api/v1/rewards/ledger/" + admin.personId()).status())
                .isEqualTo(403);
        assertThat(api(token("admin@rada.demo", ApiScope.WRITE, ApiScope.STAFF))
                .get("/api/v1/rewards/ledger/" + admin.personId()).status()).isEqualTo(403);
        assertThat(api(token("admin@rada.demo", ApiScope.ADMIN)).get("/api/v1/rewards/ledger/" + admin.personId())
                .status()).isEqualTo(200);
    }
}
