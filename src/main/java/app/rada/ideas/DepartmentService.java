package app.rada.ideas;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.ideas.internal.IdeaDepartment;
import app.rada.ideas.internal.IdeaDepartmentRepository;
import app.rada.shared.DraftRules;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The departments staff assign ideas to, as admins keep them: added, renamed (on the ideas too), put in
 * order and retired. A department is never deleted, as ideas keep it; a retired one is no longer suggested.
 */
@Service
@Transactional(readOnly = true)
public class DepartmentService {

    private final IdeaDepartmentRepository departments;
    private final Validator validator;
    private final AuditLog audit;

    DepartmentService(IdeaDepartmentRepository departments, Validator validator, AuditLog audit) {
        this.departments = departments;
        this.validator = validator;
        this.audit = audit;
    }

    @PreAuthorize(Access.STAFF)
    public List<DepartmentOption> departments() {
        return departments.findAllByOrderBySortOrderAscIdAsc().stream().map(DepartmentService::option).toList();
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public DepartmentOption createDepartment(DepartmentDraft draft) {
        var clean = checked(DepartmentDraft.typed(draft.name()), null);
        var order = departments.findTopByOrderBySortOrderDesc().map(d -> d.getSortOrder() + 1).orElse(0);
        var saved = departments.save(new IdeaDepartment(clean.name(), order));
        recorded(saved, "created");
        return option(saved);
    }

    /** Renames a department, and the ideas assigned to it with it. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public DepartmentOption renameDepartment(long id, DepartmentDraft draft) {
        var department = department(id);
        var clean = checked(DepartmentDraft.typed(draft.name()), id);
        var old = department.getName();
        department.rename(clean.name());
        departments.flush();
        departments.renameOnIdeas(old, clean.name());
        recorded(department, "renamed from " + old);
        return option(department);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void moveDepartment(long id, boolean up) {
        var all = new ArrayList<>(departments.findAllByOrderBySortOrderAscIdAsc());
        int index = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getId() == id) {
                index = i;
            }
        }
        if (index < 0) {
            throw new NoSuchElementException("department " + id);
        }
        var moved = all.get(index);
        var other = up ? index - 1 : index + 1;
        if (other >= 0 && other < all.size()) {
            all.add(other, all.remove(index));
        }
        for (int i = 0; i < all.size(); i++) {
            all.get(i).placeAt(i);
        }
        recorded(moved, up ? "moved up" : "moved down");
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public DepartmentOption retireDepartment(long id, boolean retired) {
        var department = department(id);
        department.retire(retired);
        recorded(department, retired ? "retired" : "restored");
        return option(department);
    }

    private DepartmentDraft checked(DepartmentDraft draft, @Nullable Long id) {
        DraftRules.firstProblem(validator, draft, DepartmentDraft.PROPERTIES).ifPresent(key -> {
            throw new Problem(key, DepartmentDraft.messageArguments(key));
        });
        var same = departments.findFirstByNameIgnoreCase(draft.name());
        if (same.isPresent() && (id == null || same.get().getId() != id)) {
            throw new Problem("catalogue.problem.department-taken", draft.name());
        }
        return draft;
    }

    private IdeaDepartment department(long id) {
        return departments.findById(id).orElseThrow(() -> new NoSuchElementException("department " + id));
    }

    private void recorded(IdeaDepartment department, String what) {
        var me = CurrentUser.require();
        audit.record(AuditRecord.of(AuditAction.DEPARTMENT_SAVED).by(me.personId(), me.email())
                .on("department", department.getId(), department.getName()).detail(what));
    }

    private static DepartmentOption option(IdeaDepartment d) {
        return new DepartmentOption(d.getId(), d.getName(), d.isRetired());
    }
}
