package app.rada.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.api.ApiScope;
import app.rada.shared.Appearance;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenAuthenticatorTest {

    private static RadaUser owner(Role... roles) {
        return new RadaUser(7, "owner@example.com", "Owner", null, EnumSet.copyOf(Set.of(roles)), null, Language.EN,
                Appearance.SYSTEM, true);
    }

    @Test
    void without_the_staff_scope_an_administrator_acts_as_a_plain_member() {
        var user = TokenAuthenticator.narrowed(owner(Role.ADMIN), EnumSet.of(ApiScope.READ, ApiScope.WRITE));
        assertThat(user.roles()).isEmpty();
        assertThat(user.personId()).isEqualTo(7);
    }

    @Test
    void the_staff_scope_keeps_staff_but_not_admin() {
        var user = TokenAuthenticator.narrowed(owner(Role.ADMIN), EnumSet.of(ApiScope.READ, ApiScope.STAFF));
        assertThat(user.roles()).containsExactly(Role.STAFF);
    }

    @Test
    void the_admin_scope_keeps_admin_with_the_staff_it_includes() {
        var user = TokenAuthenticator.narrowed(owner(Role.ADMIN), EnumSet.of(ApiScope.READ, ApiScope.ADMIN));
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.STAFF);
    }

    @Test
    void scopes_never_give_a_role_the_owner_no_longer_has() {
        var user = TokenAuthenticator.narrowed(owner(Role.BOARD_MEMBER), EnumSet.allOf(ApiScope.class));
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.BOARD_MEMBER, Role.CUSTOMER);
    }

    @Test
    void tokens_are_random_with_a_recognisable_prefix_and_stored_as_a_hash() {
        var one = TokenHashes.newToken();
        var two = TokenHashes.newToken();
        assertThat(one).startsWith("rada_").hasSize(48).isNotEqualTo(two);
        assertThat(TokenHashes.sha256(one)).hasSize(64).isNotEqualTo(TokenHashes.sha256(two)).doesNotContain(one);
        assertThat(TokenHashes.prefixOf(one)).hasSize(11);
    }
}
