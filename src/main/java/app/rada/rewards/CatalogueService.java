package app.rada.rewards;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.people.PeopleDirectory;
import app.rada.rewards.internal.CatalogueStore;
import app.rada.rewards.internal.ImageTypes;
import app.rada.rewards.internal.LedgerStore;
import app.rada.shared.DraftRules;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.shared.images.CleanImages;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reward catalogue and redemptions. Members browse and ask to redeem; the cost is reserved from their
 * spendable points and one item from the stock at once, both by conditional updates, so neither ever goes
 * below zero however many ask at the same moment. Staff approve, reject (points and item given back) and
 * hand rewards over; admins keep the catalogue. Each step is announced with an event the notifications
 * module turns into a message to the member.
 */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    static final int PAGE_MAX = 100;
    /** The statuses staff still have work with. */
    public static final Collection<RedemptionStatus> OPEN = EnumSet.of(RedemptionStatus.PENDING,
            RedemptionStatus.APPROVED);

    private final CatalogueStore store;
    private final LedgerStore ledger;
    private final PeopleDirectory people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Validator validator;

    CatalogueService(CatalogueStore store, LedgerStore ledger, PeopleDirectory people, AuditLog audit,
                     ApplicationEventPublisher events, Clock clock, Validator validator) {
        this.validator = validator;
        this.store = store;
        this.ledger = ledger;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // --- the catalogue

    /** A page of the rewards members can ask for, cheapest first. */
    @PreAuthorize(Access.MEMBER)
    public List<RewardItem> catalogue(int offset, int limit) {
        return store.items(true, Math.max(offset, 0), page(limit));
    }

    @PreAuthorize(Access.MEMBER)
    public long countCatalogue() {
        return store.countItems(true);
    }

    /** A reward's picture; a withdrawn reward's only for admins. */
    @PreAuthorize(Access.MEMBER)
    public Optional<RewardImage> image(long itemId) {
        var item = store.item(itemId);
        if (item.isEmpty() || !item.get().active() && !CurrentUser.require().has(Role.ADMIN)) {
            return Optional.empty();
        }
        return store.image(itemId);
    }

    // --- admins: keeping the catalogue

    /** Every reward, the withdrawn ones last. */
    @PreAuthorize(Access.ADMIN)
    public List<RewardItem> allItems(int offset, int limit) {
        return store.items(false, Math.max(offset, 0), page(limit));
    }

    @PreAuthorize(Access.ADMIN)
    public long countAllItems() {
        return store.countItems(false);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public long create(RewardDraft draft, @Nullable ImageUpload image) {
        var clean = check(draft);
        var picture = image == null ? null : picture(image);
        var id = store.insertItem(clean, picture, Instant.now(clock));
        audited(id, clean, "created");
        return id;
    }

    /** Changes a reward's texts, cost, stock and whether it is offered; a new picture replaces the old one. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void update(long itemId, RewardDraft draft, @Nullable ImageUpload image, boolean removeImage) {
        store.item(itemId).orElseThrow(() -> new NoSuchElementException("reward " + itemId));
        var clean = check(draft);
        store.updateItem(itemId, clean, Instant.now(clock));
        if (image != null) {
            store.replaceImage(itemId, picture(image));
        } else if (removeImage) {
            store.replaceImage(itemId, null);
        }
        audited(itemId, clean, "edited");
    }

    private void audited(long id, RewardDraft d, String what) {
        var me = CurrentUser.require();
        audit.record(AuditRecord.of(AuditAction.REWARD_SAVED).by(me.personId(), me.email()).on("reward", id, d.nameEn())
                .detail(what + ", cost " + d.cost() + ", stock " + d.stock() + (d.active() ? "" : ", withdrawn")));
    }

    /** The draft without surrounding spaces, refused with the key of its first broken rule. */
    private RewardDraft check(RewardDraft draft) {
        var clean = draft.stripped();
        DraftRules.firstProblem(validator, clean, RewardDraft.PROPERTIES).ifPresent(key -> {
            throw new Problem(key, RewardDraft.messageArguments(key));
        });
        return clean;
    }

    private static RewardImage picture(ImageUpload image) {
        if (image.content().length > RewardDraft.IMAGE_BYTES_MAX) {
            throw new Problem("rewards.problem.image-large", image.fileName(), RewardDraft.IMAGE_BYTES_MAX / (1024 * 1024));
        }
        var type = ImageTypes.of(image.content())
                .orElseThrow(() -> new Problem("rewards.problem.image-type", image.fileName()));
        try {
            // kept without the metadata the device added: where and when it was taken, for one
            return new RewardImage(type, CleanImages.withoutMetadata(image.content(), type));
        } catch (CleanImages.RefusedImage refused) {
            throw refused.refusal() == CleanImages.Refusal.TOO_MANY_PIXELS
                    ? new Problem("rewards.problem.image-pixels", image.fileName(), CleanImages.MAX_PIXELS / 1_000_000)
                    : new Problem("rewards.problem.image-type", image.fileName());
        }
    }

    // --- members: redeeming

    /**
     * Asks for a reward: one item and its cost in points are reserved at once. Refused when the reward is
     * not offered, none is left, or the caller cannot spend enough points; nothing changes then.
     */
    @Transactional
    @PreAuthorize(Access.MEMBER)
    public long redeem(long itemId) {
        var me = CurrentUser.require();
        var item = store.item(itemId).filter(RewardItem::active)
                .orElseThrow(() -> new Problem("rewards.problem.unavailable"));
        int spendable = ledger.balance(me.personId()).map(LedgerStore.BalanceRow::spendable).orElse(0);
        if (spendable < item.cost()) {
            throw new Problem("rewards.problem.not-enough", item.cost(), spendable);
        }
        var now = Instant.now(clock);
        // the item row first, then the balance row: every redemption takes its locks in this order
        if (!store.takeOne(itemId)) {
            throw new Problem("rewards.problem.out-of-stock");
        }
        if (!ledger.spend(me.personId(), item.cost(), now)) {
            throw new Problem("rewards.problem.not-enough", item.cost(),
                    ledger.balance(me.personId()).map(LedgerStore.BalanceRow::spendable).orElse(0));
        }
        long id = store.insertRedemption(me.personId(), itemId, item.cost(), now);
        ledger.append(me.personId(), me.organisationId(), EntryKind.REDEEMED, id, 0, -item.cost(), null, null, now);
        events.publishEvent(new RedemptionRequested(id, me.personId(), item.nameEn(), item.namePl(), item.cost()));
        return id;
    }

    /** A page of the caller's own redemptions, newest first. */
    @PreAuthorize(Access.MEMBER)
    public List<Redemption> myRedemptions(int offset, int limit) {
        var me = CurrentUser.require();
        return store.redemptionsOf(me.personId(), Math.max(offset, 0), page(limit)).stream()
                .map(r -> redemption(r, Optional.of(me.name()))).toList();
    }

    @PreAuthorize(Access.MEMBER)
    public long countMyRedemptions() {
        return store.countOf(CurrentUser.require().personId());
    }

    // --- staff: the queue

    /** Redemptions in the given statuses, oldest first, with the members' names. */
    @PreAuthorize(Access.STAFF)
    public List<Redemption> queue(Collection<RedemptionStatus> statuses, int offset, int limit) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        var rows = store.queue(statuses, Math.max(offset, 0), page(limit));
        var names = people.displayNames(rows.stream().map(CatalogueStore.RedemptionRow::personId).toList());
        return rows.stream().map(r -> redemption(r, names.getOrDefault(r.personId(), Optional.empty()))).toList();
    }

    @PreAuthorize(Access.STAFF)
    public long countQueue(Collection<RedemptionStatus> statuses) {
        return statuses.isEmpty() ? 0 : store.countQueue(statuses);
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void approve(long redemptionId) {
        var r = move(redemptionId, EnumSet.of(RedemptionStatus.PENDING), RedemptionStatus.APPROVED, null,
                AuditAction.REDEMPTION_APPROVED);
        events.publishEvent(new RedemptionApproved(r.id(), r.personId(), r.nameEn(), r.namePl()));
    }

    /** Rejects a redemption that is not fulfilled yet: the points and the item go back, the member reads why. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void reject(long redemptionId, String reason) {
        var clean = reason.strip();
        DraftRules.firstProblem(validator, new RejectionReason(clean), RejectionReason.PROPERTIES).ifPresent(key -> {
            throw new Problem(key, RejectionReason.messageArguments(key));
        });
        var r = move(redemptionId, OPEN, RedemptionStatus.REJECTED, clean, AuditAction.REDEMPTION_REJECTED);
        var now = Instant.now(clock);
        store.putBack(r.itemId());
        ledger.lockBalance(r.personId());
        if (ledger.append(r.personId(), ledger.balance(r.personId()).map(LedgerStore.BalanceRow::organisationId)
                .orElse(null), EntryKind.RETURNED, r.id(), 0, r.cost(), null, null, now)) {
            ledger.giveBack(r.personId(), r.cost(), now);
        }
        events.publishEvent(new RedemptionRejected(r.id(), r.personId(), r.nameEn(), r.namePl(), r.cost(), clean));
    }

    /** Marks an approved redemption as handed over. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void fulfil(long redemptionId) {
        var r = move(redemptionId, EnumSet.of(RedemptionStatus.APPROVED), RedemptionStatus.FULFILLED, null,
                AuditAction.REDEMPTION_FULFILLED);
        events.publishEvent(new RedemptionFulfilled(r.id(), r.personId(), r.nameEn(), r.namePl()));
    }

    private CatalogueStore.RedemptionRow move(long id, Collection<RedemptionStatus> from, RedemptionStatus to,
                                              @Nullable String note, AuditAction action) {
        var me = CurrentUser.require();
        var r = store.redemption(id).orElseThrow(() -> new NoSuchElementException("redemption " + id));
        if (!store.decide(id, from, to, me.personId(), Instant.now(clock), note)) {
            throw new Problem("rewards.problem.moved-on");
        }
        audit.record(AuditRecord.of(action).by(me.personId(), me.email()).on("redemption", id, r.nameEn())
                .detail("person " + r.personId() + ", " + r.cost() + " points" + (note == null ? "" : ": " + note)));
        return r;
    }

    private static Redemption redemption(CatalogueStore.RedemptionRow r, Optional<String> name) {
        return new Redemption(r.id(), r.personId(), name, r.itemId(), r.nameEn(), r.namePl(), r.cost(), r.status(),
                r.requestedAt(), r.decidedAt(), r.fulfilledAt(), r.note());
    }

    private static int page(int limit) {
        return Math.min(Math.max(limit, 1), PAGE_MAX);
    }
}
