package app.rada.people.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.people.MembershipService;
import app.rada.people.PeopleFilter;
import app.rada.people.PersonRow;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.ui.NoAccessView;
import app.rada.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdminPeopleViewTest extends KaribuTest {

    @Test
    void an_admin_sees_everyone_and_narrows_the_list_by_text_and_role() {
        loginAs("admin");
        UI.getCurrent().navigate("admin/people");
        var view = _get(AdminPeopleView.class);
        Grid<?> grid = view.grid;
        assertThat(_size(grid)).isEqualTo((int) context.getBean(MembershipService.class)
                .countPeople(PeopleFilter.none()));
        assertThat(_size(grid)).isGreaterThanOrEqualTo(16);

        view.search.setValue("zielińska");
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0))
                .contains("Katarzyna Zielińska", "board@rada.demo", "Hotel Pod Lipami");

        view.search.setValue("");
        view.role.setValue(Role.BOARD_MEMBER);
        assertThat(_size(grid)).isEqualTo((int) context.getBean(MembershipService.class)
                .countPeople(new PeopleFilter(null, Role.BOARD_MEMBER, null, null, null)))
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void an_admin_deactivates_a_person_from_the_edit_dialog() {
        var email = freshMember(Role.CUSTOMER, Language.EN);
        loginAs("admin");
        UI.getCurrent().navigate("admin/people");
        var view = _get(AdminPeopleView.class);
        view.search.setValue(email);
        var row = (PersonRow) GridKt._get(view.grid, 0);
        var dialog = view.openPerson(row.id());
        LocatorJ._click(dialog.toggleActive);
        assertThat(GridKt._getFormattedRow(grid(view), 0))
                .anySatisfy(cell -> assertThat(cell).contains("Deactivated"));
    }

    @Test
    void making_someone_a_board_member_without_a_term_is_explained_in_the_dialog() {
        var email = freshMember(Role.CUSTOMER, Language.EN);
        loginAs("admin");
        UI.getCurrent().navigate("admin/people");
        var view = _get(AdminPeopleView.class);
        view.search.setValue(email);
        var row = (PersonRow) GridKt._get(view.grid, 0);
        var dialog = view.openPerson(row.id());
        dialog.roles.setValue(Set.of(Role.BOARD_MEMBER));
        LocatorJ._click(dialog.save);
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
