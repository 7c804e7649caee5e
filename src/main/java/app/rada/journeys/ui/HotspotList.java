package app.rada.journeys.ui;

import static app.rada.shared.ui.Markup.escape;

import app.rada.journeys.JourneyMap;
import app.rada.journeys.MapTouchpoint;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The touchpoints that hurt most, ranked, each opening its annotations; staff may plan a session about one.
 * The ranking is one element written as escaped HTML, written again only when it changed, and its buttons
 * report through one listener: a busy map re-ranks its hotspots at every annotation.
 */
class HotspotList extends Aside {

    /** The touchpoint of the hotspot button that was clicked. */
    private static final String HOTSPOT = "event.target.closest('[data-hotspot]') ? "
            + "event.target.closest('[data-hotspot]').dataset.hotspot : ''";

    private final boolean staff;
    private final Consumer<MapTouchpoint> open;
    private final Div ranking = new Div();
    private @Nullable JourneyMap shown;
    private String written = "";

    HotspotList(boolean staff, Consumer<MapTouchpoint> open) {
        this.staff = staff;
        this.open = open;
        addClassName("journey-hotspots");
        setId("hotspots");
        ranking.addClassName("hotspot-ranking");
        ranking.getElement().addEventListener("click", e -> opened(e.getEventData().get(HOTSPOT).asString()))
                .addEventData(HOTSPOT).setFilter("!!event.target.closest('[data-hotspot]')");
        var formula = new Paragraph(getTranslation("journeys.hotspots.formula"));
        formula.addClassNames("hotspot-formula", "muted");
        formula.setId("hotspot-formula");
        add(new H2(getTranslation("journeys.hotspots.title")), ranking, formula);
    }

    void show(JourneyMap map) {
        this.shown = map;
        var html = markup(map);
        if (!html.equals(written)) {
            written = html;
            ranking.getElement().setProperty("innerHTML", html);
        }
    }

    /** The ranking as the browser gets it. */
    String markup() {
        return written;
    }

    /** A hotspot button was pressed ("touchpoint id"); anything else is ignored. */
    void opened(String touchpointId) {
        if (shown != null && touchpointId.matches("\\d{1,18}")) {
            shown.touchpoint(Long.parseLong(touchpointId)).ifPresent(open);
        }
    }

    private String markup(JourneyMap map) {
        var html = new StringBuilder(2048);
        for (var hotspot : map.scores().hotspots()) {
            var touchpoint = map.touchpoint(hotspot.touchpointId());
            if (touchpoint.isEmpty()) {
                continue;
            }
            var t = touchpoint.get();
            html.append("<li><button type=\"button\" class=\"hotspot\" data-hotspot=\"").append(t.id()).append("\">")
                    .append(escape(getTranslation("journeys.hotspots.item", t.name(), hotspot.priority())))
                    .append("</button> <span class=\"muted\">")
                    .append(escape(getTranslation("journeys.hotspots.detail",
                            hotspot.nev() == null ? 0 : hotspot.nev(), hotspot.people())))
                    .append("</span>");
            if (staff) {
                // the sessions module's editor; this module only writes the address
                html.append("<a class=\"hotspot-plan\" href=\"sessions/edit?touchpoint=").append(t.id())
                        .append("\" aria-label=\"").append(escape(getTranslation("journeys.hotspots.plan.label", t.name())))
                        .append("\">").append(escape(getTranslation("journeys.hotspots.plan"))).append("</a>");
            }
            html.append("</li>");
        }
        if (html.isEmpty()) {
            return "<p>" + escape(getTranslation("journeys.hotspots.empty")) + "</p>";
        }
        return "<ol class=\"hotspot-list\">" + html + "</ol>";
    }
}
