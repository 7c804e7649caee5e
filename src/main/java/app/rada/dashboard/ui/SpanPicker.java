package app.rada.dashboard.ui;

import app.rada.shared.ui.LocalisedPickers;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.LocalDate;
import java.util.function.BiConsumer;

/** The span of days a dashboard shows, a button to show it and the CSV download of what is shown. */
class SpanPicker extends Div {

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Button show = new Button();
    final Anchor export = new Anchor();

    SpanPicker(LocalDate start, LocalDate end, BiConsumer<LocalDate, LocalDate> onShow) {
        addClassName("filters");
        LocalisedPickers.localise(from, this);
        from.setLabel(getTranslation("dashboard.span.from"));
        from.setValue(start);
        from.setId("span-from");
        LocalisedPickers.localise(to, this);
        to.setLabel(getTranslation("dashboard.span.to"));
        to.setValue(end);
        to.setId("span-to");
        show.setText(getTranslation("dashboard.span.show"));
        show.addThemeVariants(ButtonVariant.PRIMARY);
        show.setId("span-show");
        show.addClickShortcut(Key.ENTER);
        show.addClickListener(e -> {
            if (from.getValue() != null && to.getValue() != null) {
                onShow.accept(from.getValue(), to.getValue());
            }
        });
        export.setText(getTranslation("dashboard.export"));
        export.addClassName("button-link");
        export.setId("dashboard-export");
        add(from, to, show, export);
    }

    void exportWith(DownloadHandler handler) {
        export.setHref(handler, AttachmentType.DOWNLOAD);
    }
}
