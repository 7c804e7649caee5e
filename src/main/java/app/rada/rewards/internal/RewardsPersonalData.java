package app.rada.rewards.internal;

import app.rada.shared.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What rewards hold about a person: their balances, every ledger row, badges and redemptions. On erasure
 * the rows stay (the programme's sums must still add up), and the person leaves the leaderboards for good.
 */
@Component
class RewardsPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    RewardsPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "rewards";
    }

    @Override
    public Object export(long personId, String email) {
        var result = new LinkedHashMap<String, Object>();
        result.put("balance", PersonalData.rows(jdbc, "select lifetime, spendable, hidden from reward_balance where person_id = ?",
                personId));
        result.put("ledger", PersonalData.rows(jdbc, "select kind, source_id, lifetime_points, spendable_points, reason, created_at "
                + "from reward_entry where person_id = ? order by created_at, id", personId));
        result.put("badges", PersonalData.rows(jdbc, "select badge, earned_at from reward_badge where person_id = ? order by earned_at",
                personId));
        result.put("redemptions", PersonalData.rows(jdbc, "select r.id, i.name_en, r.cost, r.status, r.requested_at, r.decided_at, "
                + "r.fulfilled_at, r.note from reward_redemption r join reward_item i on i.id = r.item_id "
                + "where r.person_id = ? order by r.requested_at", personId));
        return result;
    }


    @Override
    public void erase(long personId, String email, String name) {
        jdbc.update("update reward_balance set hidden = true where person_id = ?", personId);
    }
}
