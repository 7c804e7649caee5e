package app.rada.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.support.KaribuTest;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LoginAccountsTest extends KaribuTest {

    @Autowired
    LoginAccounts accounts;

    @Autowired
    EntityManagerFactory entityManagers;

    @Test
    void the_login_data_of_many_people_is_read_in_one_query_and_matches_the_single_lookup() {
        long board = accounts.findLoginAccount("board@rada.demo").orElseThrow().personId();
        long customer = accounts.findLoginAccount("customer@rada.demo").orElseThrow().personId();
        long unknown = -1;

        var statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            var found = accounts.loginAccountsOf(List.of(board, customer, unknown, board));
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
            assertThat(found).containsOnlyKeys(board, customer);
            assertThat(found.get(board)).isEqualTo(accounts.findLoginAccountOf(board));
            assertThat(found.get(customer)).isEqualTo(accounts.findLoginAccountOf(customer));
            assertThat(found.get(board).passwordHash()).isNull();
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    @Test
    void no_people_asked_for_means_no_query_and_an_empty_map() {
        assertThat(accounts.loginAccountsOf(List.of())).isEmpty();
    }
}
