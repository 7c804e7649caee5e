package app.rada.rewards;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.rewards.internal.BadgeStyles;
import app.rada.shared.DraftRules;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How badges are shown, as admins keep it: renamed in either language, coloured, put in order, retired (no
 * longer awarded; earned ones stay with their holders) and brought back. Badges are earned by fixed rules,
 * so none is added or deleted here.
 */
@Service
@Transactional(readOnly = true)
public class BadgeCatalogueService {

    private final BadgeStyles styles;
    private final Validator validator;
    private final AuditLog audit;

    BadgeCatalogueService(BadgeStyles styles, Validator validator, AuditLog audit) {
        this.styles = styles;
        this.validator = validator;
        this.audit = audit;
    }

    /** Every badge in the admins' order, with its names, colour and state. */
    @PreAuthorize(Access.MEMBER)
    public List<BadgeStyle> styles() {
        return styles.all();
    }

    /** Renames and colours a badge; a name the same as another badge's is refused. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public BadgeStyle saveBadge(Badge badge, BadgeDraft draft) {
        var clean = BadgeDraft.typed(draft.nameEn(), draft.namePl(), draft.colour());
        DraftRules.firstProblem(validator, clean, BadgeDraft.PROPERTIES).ifPresent(key -> {
            throw new Problem(key, BadgeDraft.messageArguments(key));
        });
        var all = styles.all();
        for (var other : all) {
            if (other.badge() == badge) {
                continue;
            }
            for (var language : Language.values()) {
                var name = language == Language.PL ? clean.namePl() : clean.nameEn();
                var taken = other.customName(language);
                if (name != null && taken != null && taken.equalsIgnoreCase(name)) {
                    throw new Problem("catalogue.problem.badge-taken", name);
                }
            }
        }
        var current = find(all, badge);
        var saved = new BadgeStyle(badge, clean.nameEn(), clean.namePl(), Objects.requireNonNull(clean.colour()),
                current.order(), current.retired());
        styles.save(saved);
        recorded(badge, "renamed, colour " + saved.colour());
        return saved;
    }

    /** Moves a badge one place up or down in the list members see. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void moveBadge(Badge badge, boolean up) {
        var all = new ArrayList<>(styles.all());
        var index = all.indexOf(find(all, badge));
        var other = up ? index - 1 : index + 1;
        if (other >= 0 && other < all.size()) {
            all.add(other, all.remove(index));
        }
        for (int i = 0; i < all.size(); i++) {
            var s = all.get(i);
            styles.save(new BadgeStyle(s.badge(), s.nameEn(), s.namePl(), s.colour(), i, s.retired()));
        }
        recorded(badge, up ? "moved up" : "moved down");
    }

    /** Retires a badge (no longer awarded, still shown to those who earned it) or brings it back. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public BadgeStyle retireBadge(Badge badge, boolean retired) {
        var s = find(styles.all(), badge);
        var saved = new BadgeStyle(badge, s.nameEn(), s.namePl(), s.colour(), s.order(), retired);
        styles.save(saved);
        recorded(badge, retired ? "retired" : "restored");
        return saved;
    }

    private static BadgeStyle find(List<BadgeStyle> all, Badge badge) {
        return all.stream().filter(s -> s.badge() == badge).findFirst().orElseThrow();
    }

    private void recorded(Badge badge, String what) {
        var me = CurrentUser.require();
        audit.record(AuditRecord.of(AuditAction.BADGE_SAVED).by(me.personId(), me.email())
                .on("badge", badge.name(), badge.name()).detail(what));
    }
}
