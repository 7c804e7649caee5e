package app.rada.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.support.KaribuTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class CatalogueServiceTest extends KaribuTest {

    @Autowired
    IdeaCategoryService categories;

    @Autowired
    DepartmentService departments;

    @Autowired
    IdeaService ideas;

    @Autowired
    TriageService triage;

    @Autowired
    IdeaAssignmentService assignment;

    @Autowired
    JdbcTemplate jdbc;

    private static String word() {
        return "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    @Test
    void admin_adds_a_category_at_the_end_renames_and_moves_it_and_the_audit_log_records_each_change() {
        loginAs("admin");
        var name = word();
        var added = categories.createCategory(new CategoryDraft("  Deliveries " + name + " ", "Dostawy " + name));
        assertThat(added.nameEn()).isEqualTo("Deliveries " + name);
        assertThat(categories.categories().getLast().id()).isEqualTo(added.id());

        categories.renameCategory(added.id(), new CategoryDraft("Delivery " + name, "Dostawa " + name));
        categories.moveCategory(added.id(), true);

        var all = categories.categories();
        assertThat(all.get(all.size() - 2).nameEn()).isEqualTo("Delivery " + name);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'CATEGORY_SAVED' "
                + "and target_id = ?", Integer.class, String.valueOf(added.id()))).isEqualTo(3);
    }

    @Test
    void a_category_name_already_taken_in_either_language_is_refused() {
        loginAs("admin");
        var name = word();
        categories.createCategory(new CategoryDraft("Invoices " + name, "Faktury " + name));
        assertThatThrownBy(() -> categories.createCategory(new CategoryDraft("faktury " + name, "Coś " + name)))
                .isInstanceOf(Problem.class).hasMessage("catalogue.problem.category-taken");
        assertThatThrownBy(() -> categories.createCategory(new CategoryDraft(" ", "Coś")))
                .isInstanceOf(Problem.class).hasMessage("catalogue.problem.names");
    }

    @Test
    void a_retired_category_keeps_its_ideas_but_new_ideas_cannot_use_it() {
        // a member of their own: the demo customer may have reached the day's limit of new ideas in other tests
        var member = freshMember(Role.CUSTOMER, Language.EN);
        loginAs("admin");
        var name = word();
        var category = categories.createCategory(new CategoryDraft("Retired " + name, "Wycofana " + name));
        loginAsEmail(member);
        long idea = ideas.submit(new IdeaDraft("Filed under " + name, "Some details", category.id(), List.of(),
                Visibility.MEMBERS, null), List.of());
        loginAs("admin");
        categories.retireCategory(category.id(), true);

        loginAsEmail(member);
        assertThat(categories.offeredCategories()).extracting(CategoryOption::id).doesNotContain(category.id());
        assertThat(categories.categories()).extracting(CategoryOption::id).contains(category.id());
        assertThat(ideas.page(idea).categoryId()).isEqualTo(category.id());
        assertThatThrownBy(() -> ideas.submit(new IdeaDraft("Another " + name, "Details", category.id(), List.of(),
                Visibility.MEMBERS, null), List.of()))
                .isInstanceOf(Problem.class).hasMessage("catalogue.problem.category-retired");
    }

    @Test
    void admin_keeps_departments_and_a_rename_follows_onto_the_ideas_while_a_retired_one_is_not_suggested() {
        var name = word();
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        long idea = ideas.submit(new IdeaDraft("Assigned " + name, "Details", null, List.of(), Visibility.MEMBERS,
                null), List.of());
        loginAs("admin");
        var logistics = departments.createDepartment(new DepartmentDraft("Logistics " + name));
        assignment.assign(idea, null, "Logistics " + name);
        departments.renameDepartment(logistics.id(), new DepartmentDraft("Deliveries " + name));
        assertThat(jdbc.queryForObject("select department from idea where id = ?", String.class, idea))
                .isEqualTo("Deliveries " + name);
        assertThat(triage.departments()).contains("Deliveries " + name).doesNotContain("Logistics " + name);

        departments.retireDepartment(logistics.id(), true);
        assertThat(triage.departments()).doesNotContain("Deliveries " + name);
        assertThat(departments.departments()).extracting(DepartmentOption::name).contains("Deliveries " + name);
        assertThatThrownBy(() -> departments.createDepartment(new DepartmentDraft("deliveries " + name)))
                .isInstanceOf(Problem.class).hasMessage("catalogue.problem.department-taken");
    }

    @Test
    void staff_and_customers_cannot_change_categories_or_departments() {
        for (var role : List.of("staff", "customer")) {
            loginAs(role);
            assertThatThrownBy(() -> categories.createCategory(new CategoryDraft("Nope", "Nie")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> categories.retireCategory(1, true)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> categories.moveCategory(1, true)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> departments.createDepartment(new DepartmentDraft("Nope")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> departments.renameDepartment(1, new DepartmentDraft("Nope")))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
