package app.rada.ideas.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.ui.NoAccessView;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CatalogueViewTest extends KaribuTest {

    private static String word() {
        return "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    private static void type(String id, String text) {
        _get(TextField.class, spec -> spec.withId(id)).setValue(text);
    }

    @Test
    void admin_adds_a_category_and_sees_it_last_in_the_list() {
        loginAs("admin");
        UI.getCurrent().navigate("admin/catalogue");
        var view = _get(CatalogueView.class);
        int before = _size(view.categories);
        var name = word();
        _click(_get(Button.class, spec -> spec.withId("new-category")));
        type("category-name-en", "Warranty " + name);
        type("category-name-pl", "Gwarancja " + name);
        _click(_get(Button.class, spec -> spec.withId("save-category")));

        assertThat(_size(view.categories)).isEqualTo(before + 1);
        assertThat(_getFormattedRow(view.categories, before)).contains("Warranty " + name, "In use");
    }

    @Test
    void a_duplicate_department_is_refused_with_a_message_in_polish() {
        loginAs("admin");
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("pl"));
        UI.getCurrent().navigate("admin/catalogue");
        var view = _get(CatalogueView.class);
        var name = word();
        for (int i = 0; i < 2; i++) {
            _click(_get(Button.class, spec -> spec.withId("new-department")));
            type("department-name", "Serwis " + name);
            _click(_get(Button.class, spec -> spec.withId("save-department")));
        }
        expectNotifications("Zapisano", "Dział o nazwie „Serwis " + name + "” już istnieje.");
        assertThat(view.departments.getListDataView().getItems()
                .filter(d -> d.name().equals("Serwis " + name)).count()).isEqualTo(1);
    }

    @Test
    void staff_and_customers_cannot_open_the_catalogue() {
        for (var role : List.of("staff", "customer")) {
            loginAs(role);
            UI.getCurrent().navigate("admin/catalogue");
            assertThat(_find(CatalogueView.class)).isEmpty();
            _get(NoAccessView.class);
        }
    }
}
