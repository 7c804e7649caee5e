package app.rada.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn in the browser by ECharts (free, Apache licensed). The server sends the chart's
 * option object; the summary is what screen readers announce instead of the picture.
 */
@Tag("rada-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/rada-chart.ts")
public class Chart extends Component implements HasSize, HasStyle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Chart(Object option, String summary) {
        getElement().setAttribute("role", "img");
        setOption(option);
        setSummary(summary);
    }

    public final void setOption(Object option) {
        getElement().setProperty("option", JSON.writeValueAsString(option));
    }

    public final void setSummary(String summary) {
        getElement().setAttribute("aria-label", summary);
    }

    /** The option as sent to the browser, for tests. */
    public String optionJson() {
        return getElement().getProperty("option", "{}");
    }
}
