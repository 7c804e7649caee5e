package app.rada.rewards.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.rewards.BadgeColour;
import app.rada.shared.ui.NoAccessView;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class BadgesViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToTheDefaults() {
        jdbc.update("delete from reward_badge_style");
    }

    @Test
    @SuppressWarnings("unchecked")
    void admin_renames_a_badge_gives_it_a_colour_and_retires_it() {
        loginAs("admin");
        UI.getCurrent().navigate("admin/badges");
        var view = _get(BadgesView.class);
        assertThat(_getFormattedRow(view.grid, 0)).contains("In use");
        view.edit(view.grid.getListDataView().getItem(0));
        _get(TextField.class, spec -> spec.withId("badge-name-en")).setValue("Trailblazer");
        ((Select<BadgeColour>) _get(Select.class, spec -> spec.withId("badge-colour"))).setValue(BadgeColour.PURPLE);
        _click(_get(Button.class, spec -> spec.withId("save-badge")));
        assertThat(_getFormattedRow(view.grid, 0)).contains("Purple", "In use");
        assertThat(view.grid.getListDataView().getItem(0).customName(app.rada.shared.Language.EN))
                .isEqualTo("Trailblazer");

        var actions = _getCellComponent(view.grid, 0, "actions");
        var retire = actions.getChildren().map(Button.class::cast).filter(b -> b.getText().equals("Retire"))
                .findFirst().orElseThrow();
        _click(retire);
        assertThat(_getFormattedRow(view.grid, 0)).contains("Retired");
    }

    @Test
    void staff_and_customers_cannot_open_the_badges() {
        for (var role : List.of("staff", "customer")) {
            loginAs(role);
            UI.getCurrent().navigate("admin/badges");
            assertThat(_find(BadgesView.class)).isEmpty();
            _get(NoAccessView.class);
        }
    }
}
