package app.rada.ballots.internal;

import app.rada.ballots.BallotType;
import app.rada.ballots.internal.SecretChoices.Slot;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The votes of a secret ballot, in fixed slots: one per eligible member, created when the ballot opens,
 * each a sealed envelope of the same length. Every vote or change opens all slots of the ballot, writes
 * into a free one chosen at random (or the one under the voter's receipt), and seals and rewrites every
 * slot. So all slot rows of a ballot carry the transaction of the last vote, none was inserted by a
 * voter, and a reader of the database without the key learns only that a vote happened.
 *
 * <p>The caller holds the ballot's row lock for every change, which keeps two votes from rewriting the
 * slots at once.
 */
@Repository
public class SecretBallotBox {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final SecretChoices secrets;

    SecretBallotBox(JdbcTemplate jdbc, SecretChoices secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    /** Creates the empty slots of a ballot that opens, one for each of its eligible members. */
    public void open(long ballotId, int slots) {
        write(ballotId, IntStream.range(0, slots).mapToObj(i -> Slot.EMPTY).toList(), true);
    }

    /** Writes a first vote into a free slot chosen at random. */
    public void cast(long ballotId, String receiptHash, String choice) {
        var slots = slots(ballotId);
        var free = IntStream.range(0, slots.size()).filter(i -> slots.get(i).isEmpty()).boxed().toList();
        if (free.isEmpty()) {
            throw new IllegalStateException("Secret ballot " + ballotId + " has no free slot left");
        }
        slots.set(free.get(RANDOM.nextInt(free.size())), Slot.vote(receiptHash, choice));
        write(ballotId, slots, false);
    }

    /** Changes the vote under a receipt; false when no vote is recorded under it. */
    public boolean change(long ballotId, String receiptHash, String choice) {
        var slots = slots(ballotId);
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i).holds(receiptHash)) {
                slots.set(i, Slot.vote(receiptHash, choice));
                write(ballotId, slots, false);
                return true;
            }
        }
        return false;
    }

    /** Writes many first votes at once, each slot sealed once; for imports and benchmarks. */
    public void castAll(long ballotId, List<String> receiptHashes, List<String> choices) {
        var slots = slots(ballotId);
        var free = new ArrayList<>(IntStream.range(0, slots.size()).filter(i -> slots.get(i).isEmpty()).boxed().toList());
        if (free.size() < choices.size()) {
            throw new IllegalStateException("Secret ballot " + ballotId + " has too few free slots");
        }
        Collections.shuffle(free, RANDOM);
        for (int i = 0; i < choices.size(); i++) {
            slots.set(free.get(i), Slot.vote(receiptHashes.get(i), choices.get(i)));
        }
        write(ballotId, slots, false);
    }

    /** The choice recorded under a receipt. */
    public Optional<String> choice(long ballotId, String receiptHash) {
        return slots(ballotId).stream().filter(s -> s.holds(receiptHash)).findFirst().flatMap(Slot::choice);
    }

    /** Every choice made in the ballot, without who made it. */
    public List<String> choices(long ballotId) {
        return slots(ballotId).stream().flatMap(s -> s.choice().stream()).toList();
    }

    /** The opened slots of a ballot, in slot order. */
    List<Slot> slots(long ballotId) {
        return new ArrayList<>(jdbc.query("select key_id, envelope from ballot_secret_slot where ballot_id = ? "
                + "order by slot", (rs, n) -> secrets.open(ballotId, rs.getString(1), rs.getString(2)), ballotId));
    }

    /** Seals every slot afresh under the current key and writes them all, in slot order. */
    void write(long ballotId, List<Slot> slots, boolean insert) {
        int capacity = capacity(ballotId);
        var rows = new ArrayList<Object[]>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            var sealed = secrets.seal(ballotId, slots.get(i), capacity);
            rows.add(new Object[] {sealed.keyId(), sealed.envelope(), ballotId, i});
        }
        jdbc.batchUpdate(insert
                ? "insert into ballot_secret_slot (key_id, envelope, ballot_id, slot) values (?, ?, ?, ?)"
                : "update ballot_secret_slot set key_id = ?, envelope = ? where ballot_id = ? and slot = ?", rows);
    }

    private int capacity(long ballotId) {
        return jdbc.queryForObject("select type, points_budget, (select count(*) from ballot_option o "
                        + "where o.ballot_id = b.id) from ballot b where id = ?",
                (rs, n) -> SecretChoices.capacity(BallotType.valueOf(rs.getString(1)), rs.getInt(3), rs.getInt(2)),
                ballotId);
    }
}
