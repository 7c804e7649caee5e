package app.rada.ballots.internal;

import app.rada.ballots.internal.SecretChoices.Slot;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves secret votes stored one row per vote ({@code ballot_secret_vote}, before the fixed slots) into
 * the slots of their ballot, once, at start-up and before the portal takes requests; it also gives
 * slots to secret ballots that opened before them. Each ballot converts in a transaction of its own
 * under its row lock, so nodes starting together convert it once, and a ballot is never half converted.
 * Needs the key the votes were sealed with (current or retired).
 */
@Component
class SecretSlotsConversion implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SecretSlotsConversion.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Secret ballots that have opened and have no slots yet. */
    private static final String NEEDING = "select b.id from ballot b where b.secret = true and b.status <> 'DRAFT' "
            + "and not exists (select 1 from ballot_secret_slot s where s.ballot_id = b.id)";

    private final JdbcTemplate jdbc;
    private final SecretChoices secrets;
    private final SecretBallotBox box;
    private final TransactionTemplate transaction;

    SecretSlotsConversion(JdbcTemplate jdbc, SecretChoices secrets, SecretBallotBox box,
                          PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.box = box;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void afterSingletonsInstantiated() {
        convertAll();
    }

    /** Returns how many ballots were converted. */
    int convertAll() {
        int converted = 0;
        for (long id : jdbc.queryForList(NEEDING + " order by b.id", Long.class)) {
            if (Boolean.TRUE.equals(transaction.execute(status -> convert(id)))) {
                converted++;
            }
        }
        if (converted > 0) {
            log.info("Secret votes of {} ballots re-sealed into envelopes of equal length", converted);
        }
        return converted;
    }

    private boolean convert(long ballotId) {
        jdbc.queryForList("select id from ballot where id = ? for update", Long.class, ballotId);
        if (jdbc.queryForList(NEEDING + " and b.id = ?", Long.class, ballotId).isEmpty()) {
            return false;
        }
        var legacy = jdbc.query("select receipt_hash, choice from ballot_secret_vote where ballot_id = ?",
                (rs, n) -> Slot.vote(rs.getString(1), secrets.openLegacy(ballotId, rs.getString(2))), ballotId);
        long eligible = jdbc.queryForObject("select count(*) from ballot_voter where ballot_id = ?", Long.class, ballotId);
        int size = (int) Math.max(eligible, legacy.size());
        var slots = new ArrayList<Slot>(Collections.nCopies(size, Slot.EMPTY));
        var positions = new ArrayList<>(IntStream.range(0, size).boxed().toList());
        Collections.shuffle(positions, RANDOM);
        for (int i = 0; i < legacy.size(); i++) {
            slots.set(positions.get(i), legacy.get(i));
        }
        box.write(ballotId, List.copyOf(slots), true);
        jdbc.update("delete from ballot_secret_vote where ballot_id = ?", ballotId);
        return true;
    }
}
