package app.rada.people.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.Role;
import app.rada.shared.ui.NoAccessView;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;

class AdminPeopleViewTest extends KaribuTest {

    @Test
    void an_admin_sees_everyone_and_narrows_the_list_by_text_and_role() {
        loginAs("admin");
        UI.getCurrent().navigate("admin/people");
        var view = _get(AdminPeopleView.class);
        Grid<?> grid = view.grid;
        assertThat(_size(grid)).isEqualTo((int) context.getBean(app.rada.people.MembershipService.class)
                .countPeople(app.rada.people.PeopleFilter.none()));
        assertThat(_size(grid)).isGreaterThanOrEqualTo(16);

        view.search.setValue("zielińska");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, 0))
                .contains("Katarzyna Zielińska", "board@rada.demo", "Hotel Pod Lipami");

        view.search.setValue("");
        view.role.setValue(Role.BOARD_MEMBER);
        assertThat(_size(grid)).isEqualTo((int) context.getBean(app.rada.people.MembershipService.class)
                .countPeople(new app.rada.people.PeopleFilter(null, Role.BOARD_MEMBER, null, null, null)))
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void an_admin_deactivates_a_person_from_the_edit_dialog() {
        var email = freshMember(Role.CUSTOMER, app.rada.shared.Language.EN);
        loginAs("admin");
        UI.getCurrent().navigate("admin/people");
        var view = _get(AdminPeopleView.class);
        view.search.setValue(email);
        var row = (app.rada.people.PersonRow) com.github.mvysny.kaributesting.v10.GridKt._get(view.grid, 0);
        var dialog = view.openPerson(row.id());
        com.github.mvysny.kaributesting.v10.LocatorJ._click(dialog.toggleActive);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid(view), 0))
                .anySatisfy(cell -> assertThat(cell).contains("Deactivated"));
    }

    @Test
    void making_someone_a_board_member_without_a_term_is_explained_in_the_dialog() {
        var email = freshMember(Role.CUSTOMER, app.rada.shared.Language.EN);
        loginAs("admin");
        UI.getCurrent().navigate("admin/people");
        var view = _get(AdminPeopleView.class);
        view.search.setValue(email);
        var row = (app.rada.people.PersonRow) com.github.mvysny.kaributesting.v10.GridKt._get(view.grid, 0);
        var dialog = view.openPerson(row.id());
        dialog.roles.setValue(java.util.Set.of(Role.BOARD_MEMBER));
        com.github.mvysny.kaributesting.v10.LocatorJ._click(dialog.save);
        assertThat(dialog.error.getText()).isEqualTo("A board member needs a term: choose its start and end.");
    }

    private static Grid<?> grid(AdminPeopleView view) {
        return view.grid;
    }

    @Test
    void a_customer_cannot_open_the_people_list() {
        loginAs("customer");
        UI.getCurrent().navigate("admin/people");
        _get(NoAccessView.class);
    }
}
