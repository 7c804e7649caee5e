package app.rada.security.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.Role;
import app.rada.shared.ui.NoAccessView;
import app.rada.support.SsoKaribuTest;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SsoAdminViewTest extends SsoKaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_admin_sees_the_configured_providers() {
        loginAs("admin");
        UI.getCurrent().navigate("admin/sso");
        var view = _get(SsoAdminView.class);
        assertThat(_size(view.providerGrid)).isEqualTo(2);
        assertThat(String.join(" ", _getFormattedRow(view.providerGrid, 0)))
                .contains("Company Keycloak", "company", "http://localhost:9/realms/company/auth");
        assertThat(String.join(" ", _getFormattedRow(view.providerGrid, 1))).contains("Partner Entra ID", "partner");
    }

    @Test
    void an_admin_adds_and_removes_a_sign_up_rule() {
        loginAs("admin");
        UI.getCurrent().navigate("admin/sso");
        var view = _get(SsoAdminView.class);
        int before = _size(view.ruleGrid);
        var domain = "hotel-" + System.nanoTime() + ".example.pl";
        view.domain.setValue(domain);
        view.organisation.setValue(view.organisation.getListDataView().getItems().findFirst().orElseThrow());
        view.role.setValue(Role.CUSTOMER);
        _click(view.add);

        expectNotifications("People from " + domain + " can now sign up with their company account.");
        assertThat(_size(view.ruleGrid)).isEqualTo(before + 1);
        var row = view.ruleGrid.getListDataView().getItems().filter(r -> r.domain().equals(domain)).findFirst()
                .orElseThrow();
        assertThat(row.role()).isEqualTo(Role.CUSTOMER);

        int index = view.ruleGrid.getListDataView().getItems().toList().indexOf(row);
        var button = (Button) GridKt._getCellComponent(view.ruleGrid, index, "actions");
        assertThat(button.getElement().getAttribute("aria-label")).isEqualTo("Remove the rule for " + domain);
        _click(button);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(view.ruleGrid.getListDataView().getItems().map(r -> r.domain())).doesNotContain(domain);
        assertThat(jdbc.queryForList("select action from audit_entry where target_label = ? order by id",
                String.class, domain)).containsExactly("SSO_RULE_ADDED", "SSO_RULE_REMOVED");
    }

    @Test
    void a_bad_domain_is_refused_on_its_field() {
        loginAs("admin");
        UI.getCurrent().navigate("admin/sso");
        var view = _get(SsoAdminView.class);
        int before = _size(view.ruleGrid);
        view.domain.setValue("@not a domain");
        _click(view.add);
        expectNotifications("Enter an e-mail domain such as hotel-example.pl, without the @.");
        assertThat(_size(view.ruleGrid)).isEqualTo(before);
    }

    @Test
    void staff_and_customers_cannot_open_the_single_sign_on_page() {
        for (var role : List.of("staff", "customer")) {
            loginAs(role);
            UI.getCurrent().navigate("admin/sso");
            assertThat(_find(SsoAdminView.class)).isEmpty();
            _get(NoAccessView.class);
        }
    }
}
