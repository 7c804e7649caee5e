package app.rada.journeys.ui;

import app.rada.journeys.JourneyMap;
import app.rada.journeys.MapTouchpoint;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;

/** The touchpoints that hurt most, ranked, each opening its annotations; staff may plan a session about one. */
class HotspotList extends Aside {

    private final boolean staff;
    private final Consumer<MapTouchpoint> open;

    HotspotList(boolean staff, Consumer<MapTouchpoint> open) {
        this.staff = staff;
        this.open = open;
        addClassName("journey-hotspots");
        setId("hotspots");
    }

    void show(JourneyMap shown) {
        removeAll();
        add(new H2(getTranslation("journeys.hotspots.title")));
        var list = new OrderedList();
        list.addClassName("hotspot-list");
        for (var hotspot : shown.scores().hotspots()) {
            var touchpoint = shown.touchpoint(hotspot.touchpointId());
            if (touchpoint.isEmpty()) {
                continue;
            }
            var t = touchpoint.get();
            var button = new Button(getTranslation("journeys.hotspots.item", t.name(), hotspot.priority()));
            button.addThemeVariants(ButtonVariant.TERTIARY);
            button.addClassName("hotspot");
            button.addClickListener(e -> open.accept(t));
            var detail = new Span(getTranslation("journeys.hotspots.detail",
                    hotspot.nev() == null ? 0 : hotspot.nev(), hotspot.people()));
            detail.addClassName("muted");
            var item = new ListItem(button, detail);
            if (staff) {
                // the sessions module's editor; this module only writes the address
                var plan = new Anchor("sessions/edit?touchpoint=" + t.id(), getTranslation("journeys.hotspots.plan"));
                plan.addClassName("hotspot-plan");
                plan.getElement().setAttribute("aria-label", getTranslation("journeys.hotspots.plan.label", t.name()));
                item.add(plan);
            }
            list.add(item);
        }
        if (list.getChildren().findAny().isEmpty()) {
            add(new Paragraph(getTranslation("journeys.hotspots.empty")));
        } else {
            add(list);
        }
        var formula = new Paragraph(getTranslation("journeys.hotspots.formula"));
        formula.addClassNames("hotspot-formula", "muted");
        formula.setId("hotspot-formula");
        add(formula);
    }
}
