package app.rada.support;

import app.rada.people.LoginAccounts;
import app.rada.people.MembershipService;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import java.util.Set;
import java.util.UUID;

/** Fresh accounts for module tests, which start without the demo programme. */
public final class ModulePeople {

    private ModulePeople() {
    }

    public static RadaUser create(MembershipService membership, LoginAccounts accounts, Role role) {
        long id = SystemActor.call(() -> membership.createPerson("module-" + UUID.randomUUID() + "@example.com",
                "Module " + role, Set.of(role), null, Language.EN, "a long enough password 1"));
        return accounts.findLoginAccountOf(id).asUser();
    }
}
