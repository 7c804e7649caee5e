package app.rada.ideas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.Visibility;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AgendaStoreTest extends KaribuTest {

    @Autowired
    AgendaStore agenda;

    @Autowired
    IdeaService ideas;

    @Test
    void waiting_ideas_are_counted_exactly_up_to_the_cap_and_no_further() {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        for (int i = 0; i < 3; i++) {
            ideas.submit(new IdeaDraft("Waiting idea " + i + " " + System.nanoTime(), "Still without an answer", null,
                    List.of(), Visibility.MEMBERS, null), List.of());
        }
        var future = Instant.now().plusSeconds(60);
        var exact = agenda.awaitingCounts(future, 100_000);
        assertThat(exact[0]).isGreaterThanOrEqualTo(3);
        // created before a moment in the future: every waiting idea is "over target"
        assertThat(exact[1]).isEqualTo(exact[0]);
        assertThat(agenda.awaitingCounts(Instant.EPOCH, 100_000)[1]).isZero();

        var capped = agenda.awaitingCounts(future, 2);
        assertThat(capped).containsExactly(2, 2);
    }
}
