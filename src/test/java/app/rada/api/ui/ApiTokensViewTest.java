package app.rada.api.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.api.ApiScope;
import app.rada.shared.ui.NoAccessView;
import app.rada.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokensViewTest extends KaribuTest {

    private ApiTokensView open() {
        UI.getCurrent().navigate("admin/api-tokens");
        return _get(ApiTokensView.class);
    }

    @Test
    void an_admin_creates_a_token_sees_it_once_and_finds_it_in_the_list() {
        loginAs("admin");
        var view = open();
        view.name.setValue("Help desk sync");
        view.scopes.setValue(Set.of(ApiScope.WRITE, ApiScope.STAFF));
        _click(view.create);
        assertThat(view.created.getValue()).startsWith("rada_").hasSizeGreaterThan(40);
        assertThat(view.created.isReadOnly()).isTrue();
        var row = _getFormattedRow(view.grid, 0);
        assertThat(row).contains("Help desk sync", "Read, Write, Staff", "never", "Active");
        assertThat(String.join(" ", row)).doesNotContain(view.created.getValue());
        assertThat(row.get(1)).isEqualTo(view.created.getValue().substring(0, 11) + "…");
        assertThat(view.name.getValue()).isEmpty();

        // the secret is not shown again on the next visit
        UI.getCurrent().navigate("admin/audit");
        var again = open();
        assertThat(again.created.getValue()).isEmpty();
    }

    @Test
    void a_token_needs_a_name() {
        loginAs("admin");
        var view = open();
        int before = _size(view.grid);
        view.name.setValue("   ");
        _click(view.create);
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Give the token a name, for example the system that will use it.");
        assertThat(view.created.getValue()).isEmpty();
        assertThat(_size(view.grid)).isEqualTo(before);
    }

    @Test
    void an_admin_revokes_a_token_after_confirming() {
        loginAs("admin");
        var view = open();
        view.name.setValue("Old reporting job");
        _click(view.create);
        var row = _getFormattedRow(view.grid, 0);
        assertThat(row).contains("Old reporting job");
        var revoke = (Button) GridKt._getCellComponent(view.grid, 0, "revoke");
        assertThat(revoke.isEnabled()).isTrue();
        _click(revoke);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(String.join(" ", _getFormattedRow(view.grid, 0))).contains("revoked");
        assertThat(((Button) GridKt._getCellComponent(view.grid, 0, "revoke")).isEnabled()).isFalse();
    }

    @Test
    void the_page_speaks_polish_to_a_polish_admin() {
        loginAs("admin");
        UI.getCurrent().setLocale(Locale.of("pl"));
        var view = open();
        assertThat(view.create.getText()).isEqualTo("Utwórz token");
        assertThat(view.scopes.getLabel()).isEqualTo("Zakresy");
    }

    @Test
    void staff_cannot_open_the_api_tokens() {
        loginAs("staff");
        UI.getCurrent().navigate("admin/api-tokens");
        _get(NoAccessView.class);
    }

    @Test
    void a_customer_cannot_open_the_api_tokens() {
        loginAs("customer");
        UI.getCurrent().navigate("admin/api-tokens");
        _get(NoAccessView.class);
    }
}
