package app.rada.people.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.ui.NoAccessView;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;

class OrganisationsViewTest extends KaribuTest {

    @Test
    void an_admin_sees_segments_with_their_weights_and_organisations_with_member_counts() {
        loginAs("admin");
        UI.getCurrent().navigate("admin/organisations");
        var view = _get(OrganisationsView.class);
        assertThat(_size(view.segments)).isEqualTo(3);
        assertThat(_getFormattedRow(view.segments, 0)).contains("Strategic", "strategic", "×3");
        assertThat(_size(view.organisations)).isEqualTo(7);
        view.search.setValue("hotel");
        assertThat(_size(view.organisations)).isEqualTo(1);
        assertThat(_getFormattedRow(view.organisations, 0)).contains("Hotel Pod Lipami", "Strategic", "3");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_adds_an_organisation_through_the_dialog() {
        loginAs("admin");
        UI.getCurrent().navigate("admin/organisations");
        var view = _get(OrganisationsView.class);
        _click(_get(Button.class, spec -> spec.withId("new-organisation")));
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("Drukarnia Kolor");
        Select<Object> segment = _get(Select.class, spec -> spec.withLabel("Segment"));
        segment.setValue(segment.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("save-organisation")));
        view.search.setValue("drukarnia");
        assertThat(_size(view.organisations)).isEqualTo(1);
    }

    @Test
    void staff_cannot_open_the_organisations_admin() {
        loginAs("staff");
        UI.getCurrent().navigate("admin/organisations");
        _get(NoAccessView.class);
    }
}
