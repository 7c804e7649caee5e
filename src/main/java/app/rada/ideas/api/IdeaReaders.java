package app.rada.ideas.api;

import app.rada.ideas.internal.IdeaRepository;
import app.rada.people.LoginAccount;
import app.rada.people.LoginAccounts;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read an idea now. Whatever tells people about an idea after the fact (notices, digests)
 * asks here at the moment it tells them, because an idea can become staff-only, be merged into a
 * staff-only idea, or its reader can be deactivated after they voted for it or followed it.
 * The rule is the idea page's: staff see every idea, its author their own, other members only
 * approved ideas visible to members; deactivated people see nothing.
 */
@Component
@Transactional(readOnly = true)
public class IdeaReaders {

    private final IdeaRepository ideas;
    private final LoginAccounts people;

    IdeaReaders(IdeaRepository ideas, LoginAccounts people) {
        this.ideas = ideas;
        this.people = people;
    }

    /** Of these people, those who may read the idea now, in the order given; none if the idea is gone. */
    public List<Long> mayRead(long ideaId, Collection<Long> personIds) {
        var idea = ideas.findById(ideaId);
        if (idea.isEmpty()) {
            return List.of();
        }
        // one query for everyone, however many followers an idea has
        var accounts = people.loginAccountsOf(personIds);
        var readers = new LinkedHashSet<Long>();
        for (long personId : personIds) {
            var account = accounts.get(personId);
            if (account != null && account.active() && idea.get().visibleTo(personId, account.asUser().isStaff())) {
                readers.add(personId);
            }
        }
        return List.copyOf(readers);
    }

    /** Whether the person may read the idea now. */
    public boolean mayRead(long personId, long ideaId) {
        return !mayRead(ideaId, List.of(personId)).isEmpty();
    }

    /** Of these ideas, those the person may read now. */
    public Set<Long> readableBy(long personId, Collection<Long> ideaIds) {
        var account = account(personId).filter(LoginAccount::active);
        if (account.isEmpty() || ideaIds.isEmpty()) {
            return Set.of();
        }
        boolean staff = account.get().asUser().isStaff();
        var readable = new LinkedHashSet<Long>();
        ideas.findAllById(ideaIds).forEach(idea -> {
            if (idea.visibleTo(personId, staff)) {
                readable.add(idea.getId());
            }
        });
        return readable;
    }

    private Optional<LoginAccount> account(long personId) {
        // a lookup that throws would mark the caller's transaction for rollback
        return people.loginAccountOf(personId);
    }
}
