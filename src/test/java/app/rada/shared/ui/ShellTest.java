package app.rada.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.security.ui.LoginView;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShellTest extends KaribuTest {

    private List<String> menu() {
        return _get(SideNav.class, spec -> spec.withId("main-nav")).getItems().stream()
                .map(SideNavItem::getLabel).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "customer;Home|Ideas|Roadmap|Design sessions|Journey maps|Rewards|Notifications|My profile",
            "board;Home|Ideas|Roadmap|Ballots|Design sessions|Journey maps|Rewards|Notifications|My profile",
            "staff;Home|Ideas|Roadmap|Ballots|Design sessions|Journey maps|Rewards|Notifications|Dashboard|Invitations|Idea triage|Import ideas|Rewards desk|Outbox|My profile",
            "admin;Home|Ideas|Roadmap|Ballots|Design sessions|Journey maps|Rewards|Notifications|Dashboard|Invitations|Idea triage|Import ideas|Rewards desk|Outbox|People|Organisations|Categories and departments|Badges|Webhooks|Single sign-on|Audit log|API tokens|My profile"})
    void each_demo_role_sees_exactly_its_menu_entries(String role, String expected) {
        loginAs(role);
        UI.getCurrent().navigate("");
        assertThat(menu()).containsExactly(expected.split("\\|"));
    }

    @Test
    void the_menu_speaks_polish_to_a_polish_speaking_member() {
        loginAsEmail("ewa.lis@rada.demo");
        UI.getCurrent().navigate("");
        assertThat(menu()).contains("Start", "Mój profil");
    }

    @Test
    void an_anonymous_visitor_is_sent_to_login() {
        UI.getCurrent().navigate("");
        _get(LoginView.class);
    }

    @Test
    void an_anonymous_visitor_asking_for_an_admin_page_is_sent_to_login() {
        UI.getCurrent().navigate("admin/people");
        _get(LoginView.class);
    }

    @Test
    void a_customer_opening_an_admin_route_gets_the_no_access_page() {
        loginAs("customer");
        UI.getCurrent().navigate("admin/people");
        var page = _get(NoAccessView.class);
        assertThat(page.getPageTitle()).isEqualTo("No access");
    }

    @Test
    void staff_opening_an_admin_route_gets_the_no_access_page() {
        loginAs("staff");
        UI.getCurrent().navigate("admin/people");
        _get(NoAccessView.class);
    }

    @Test
    void the_header_shows_the_users_name_in_the_user_menu() {
        loginAs("board");
        UI.getCurrent().navigate("");
        var menu = _get(MenuBar.class, spec -> spec.withId("user-menu"));
        assertThat(menu.getItems().getFirst().getElement().getTextRecursively()).contains("Katarzyna Zielińska");
    }
}
