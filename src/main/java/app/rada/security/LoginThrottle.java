package app.rada.security;

import app.rada.security.internal.ThrottleCounter;
import app.rada.security.internal.ThrottleRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down guessing: failed logins are counted per account and per client address in the database,
 * so every node sees the same counts. From the limit on, each further failure doubles the wait
 * (30 seconds, 1 minute, 2 minutes ... up to 15 minutes). A quiet hour clears the count.
 */
@Component
class LoginThrottle {

    static final int ACCOUNT_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final Duration WINDOW = Duration.ofHours(1);
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private final ThrottleRepository counters;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LoginThrottle(ThrottleRepository counters, PlatformTransactionManager transactionManager, Clock clock) {
        this.counters = counters;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    static String accountKey(String email) {
        return "account:" + email.strip().toLowerCase(Locale.ROOT);
    }

    static String addressKey(String address) {
        return "address:" + address;
    }

    /** How long a login for this account from this address must still wait; zero when it may go ahead. */
    Duration loginWait(String email, String address) {
        return waitFor(List.of(accountKey(email), addressKey(address)));
    }

    void loginFailed(String email, String address) {
        fail(accountKey(email), ACCOUNT_LIMIT);
        fail(addressKey(address), ADDRESS_LIMIT);
    }

    void loginSucceeded(String email) {
        clear(accountKey(email));
    }

    /** The longest wait among the keys. */
    Duration waitFor(List<String> keys) {
        var now = clock.instant();
        return counters.findByKeyIn(keys).stream().map(c -> c.waitAt(now))
                .max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** Counts a failure (or, for limited actions, an attempt) against the key. */
    void fail(String key, int limit) {
        try {
            failOnce(key, limit);
        } catch (DataIntegrityViolationException firstCounterCreatedElsewhere) {
            failOnce(key, limit);
        }
    }

    private void failOnce(String key, int limit) {
        transactions.executeWithoutResult(status -> {
            var now = clock.instant();
            var counter = counters.lockByKey(key).orElseGet(() -> new ThrottleCounter(key, now));
            counter.fail(now, limit, WINDOW, FIRST_WAIT, MAX_WAIT);
            counters.saveAndFlush(counter);
        });
    }

    void clear(String key) {
        transactions.executeWithoutResult(status -> counters.deleteById(key));
    }
}
