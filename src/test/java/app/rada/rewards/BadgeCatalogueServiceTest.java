package app.rada.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.rewards.internal.Ledger;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class BadgeCatalogueServiceTest extends KaribuTest {

    @Autowired
    BadgeCatalogueService badges;

    @Autowired
    RewardService rewards;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToTheDefaults() {
        jdbc.update("delete from reward_badge_style");
    }

    @Test
    void admin_renames_and_colours_a_badge_and_moves_it_first() {
        loginAs("admin");
        badges.saveBadge(Badge.FIVE_SESSIONS, new BadgeDraft(" Regular ", "Stały bywalec", BadgeColour.GREEN));
        badges.moveBadge(Badge.FIVE_SESSIONS, true);
        badges.moveBadge(Badge.FIVE_SESSIONS, true);

        var first = badges.styles().getFirst();
        assertThat(first.badge()).isEqualTo(Badge.FIVE_SESSIONS);
        assertThat(first.customName(Language.EN)).isEqualTo("Regular");
        assertThat(first.customName(Language.PL)).isEqualTo("Stały bywalec");
        assertThat(first.colour()).isEqualTo(BadgeColour.GREEN);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'BADGE_SAVED' "
                + "and target_id = 'FIVE_SESSIONS'", Integer.class)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void a_badge_name_another_badge_has_is_refused() {
        loginAs("admin");
        badges.saveBadge(Badge.FIRST_IDEA, new BadgeDraft("Pioneer", null, BadgeColour.BLUE));
        assertThatThrownBy(() -> badges.saveBadge(Badge.FIRST_IDEA_DONE, new BadgeDraft("pioneer", null,
                BadgeColour.RED))).isInstanceOf(Problem.class).hasMessage("catalogue.problem.badge-taken");
        assertThatThrownBy(() -> badges.saveBadge(Badge.FIRST_IDEA_DONE, new BadgeDraft(null, null, null)))
                .isInstanceOf(Problem.class).hasMessage("catalogue.problem.colour");
    }

    @Test
    void a_retired_badge_is_no_longer_awarded() {
        var email = freshMember(Role.CUSTOMER, Language.EN);
        var member = loginAsEmail(email);
        loginAs("admin");
        badges.retireBadge(Badge.WHOLE_JOURNEY, true);
        assertThat(ledger.badge(member.personId(), Badge.WHOLE_JOURNEY)).isFalse();

        badges.retireBadge(Badge.WHOLE_JOURNEY, false);
        assertThat(ledger.badge(member.personId(), Badge.WHOLE_JOURNEY)).isTrue();
        loginAsEmail(email);
        assertThat(rewards.badges(member.personId())).extracting(EarnedBadge::badge).contains(Badge.WHOLE_JOURNEY);
    }

    @Test
    void staff_and_customers_cannot_change_badges() {
        for (var role : List.of("staff", "customer")) {
            loginAs(role);
            assertThatThrownBy(() -> badges.saveBadge(Badge.FIRST_IDEA, new BadgeDraft("X", "X", BadgeColour.RED)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> badges.retireBadge(Badge.FIRST_IDEA, true))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> badges.moveBadge(Badge.FIRST_IDEA, true))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
