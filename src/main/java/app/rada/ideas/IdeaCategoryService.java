package app.rada.ideas;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.ideas.internal.BoardStore;
import app.rada.ideas.internal.IdeaCategory;
import app.rada.ideas.internal.IdeaCategoryRepository;
import app.rada.shared.DraftRules;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import jakarta.validation.Validator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The categories and tags ideas are sorted by, for the board's filters and the submit form, and the admin's
 * keeping of the categories: added, renamed, put in order and retired. A category is never deleted, as
 * ideas stay filed under it; a retired one is no longer offered for new ideas.
 */
@Service
@Transactional(readOnly = true)
public class IdeaCategoryService {

    private final IdeaCategoryRepository categories;
    private final BoardStore store;
    private final Validator validator;
    private final AuditLog audit;

    IdeaCategoryService(IdeaCategoryRepository categories, BoardStore store, Validator validator, AuditLog audit) {
        this.categories = categories;
        this.store = store;
        this.validator = validator;
        this.audit = audit;
    }

    /** Every category in the admin's order, retired ones included, so ideas filed under them keep their name. */
    @PreAuthorize(Access.MEMBER)
    public List<CategoryOption> categories() {
        return categories.findAllByOrderBySortOrderAscIdAsc().stream().map(IdeaCategoryService::option).toList();
    }

    /** The categories a new idea may be filed under. */
    @PreAuthorize(Access.MEMBER)
    public List<CategoryOption> offeredCategories() {
        return categories().stream().filter(c -> !c.retired()).toList();
    }

    /** A new category with a code of the caller's choosing (the demo programme names its own). */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public CategoryOption createCategory(String code, String nameEn, String namePl) {
        var existing = categories.findByCode(code);
        if (existing.isPresent()) {
            throw new Problem("ideas.category.taken", code);
        }
        var draft = checked(CategoryDraft.typed(nameEn, namePl), null);
        var saved = categories.save(new IdeaCategory(code, draft.nameEn(), draft.namePl(), nextOrder()));
        recorded(saved, "created");
        return option(saved);
    }

    /** A new category at the end of the list; its code is made from the English name. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public CategoryOption createCategory(CategoryDraft draft) {
        var clean = checked(CategoryDraft.typed(draft.nameEn(), draft.namePl()), null);
        var saved = categories.save(new IdeaCategory(freeCode(clean.nameEn()), clean.nameEn(), clean.namePl(),
                nextOrder()));
        recorded(saved, "created");
        return option(saved);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public CategoryOption renameCategory(long id, CategoryDraft draft) {
        var category = category(id);
        var clean = checked(CategoryDraft.typed(draft.nameEn(), draft.namePl()), id);
        category.rename(clean.nameEn(), clean.namePl());
        recorded(category, "renamed");
        return option(category);
    }

    /** Moves a category one place up or down in the order members see. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void moveCategory(long id, boolean up) {
        var all = new ArrayList<>(categories.findAllByOrderBySortOrderAscIdAsc());
        var index = indexOf(all, id);
        var other = up ? index - 1 : index + 1;
        if (other >= 0 && other < all.size()) {
            all.add(other, all.remove(index));
        }
        for (int i = 0; i < all.size(); i++) {
            all.get(i).placeAt(i);
        }
        recorded(all.get(Math.max(0, Math.min(other, all.size() - 1))), up ? "moved up" : "moved down");
    }

    /** Retires a category, or brings a retired one back; its ideas stay filed under it either way. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public CategoryOption retireCategory(long id, boolean retired) {
        var category = category(id);
        category.retire(retired);
        recorded(category, retired ? "retired" : "restored");
        return option(category);
    }

    @PreAuthorize(Access.MEMBER)
    public List<String> popularTags() {
        return store.popularTags(30);
    }

    private CategoryDraft checked(CategoryDraft draft, @Nullable Long id) {
        DraftRules.firstProblem(validator, draft, CategoryDraft.PROPERTIES).ifPresent(key -> {
            throw new Problem(key, CategoryDraft.messageArguments(key));
        });
        for (var name : List.of(draft.nameEn(), draft.namePl())) {
            var same = categories.findFirstByNameEnIgnoreCaseOrNamePlIgnoreCase(name, name);
            if (same.isPresent() && (id == null || same.get().getId() != id)) {
                throw new Problem("catalogue.problem.category-taken", name);
            }
        }
        return draft;
    }

    private IdeaCategory category(long id) {
        return categories.findById(id).orElseThrow(() -> new NoSuchElementException("category " + id));
    }

    private int nextOrder() {
        return categories.findTopByOrderBySortOrderDesc().map(c -> c.getSortOrder() + 1).orElse(0);
    }

    private String freeCode(String name) {
        var base = Normalizer.normalize(name.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (base.length() > 30) {
            base = base.substring(0, 30);
        }
        if (base.isEmpty()) {
            base = "category";
        }
        var code = base;
        for (int n = 2; categories.findByCode(code).isPresent(); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    private static int indexOf(List<IdeaCategory> all, long id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getId() == id) {
                return i;
            }
        }
        throw new NoSuchElementException("category " + id);
    }

    private void recorded(IdeaCategory category, String what) {
        var me = CurrentUser.require();
        audit.record(AuditRecord.of(AuditAction.CATEGORY_SAVED).by(me.personId(), me.email())
                .on("category", category.getId(), category.getCode()).detail(what));
    }

    private static CategoryOption option(IdeaCategory c) {
        return new CategoryOption(c.getId(), c.getCode(), c.getNameEn(), c.getNamePl(), c.isRetired());
    }
}
