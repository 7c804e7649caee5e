package app.rada.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalisedPickersTest extends KaribuTest {

    @Test
    void a_date_picker_on_a_polish_page_names_months_days_and_today_in_polish_and_starts_on_monday() {
        loginAs("customer");
        UI.getCurrent().setLocale(Locale.forLanguageTag("pl"));
        var picker = LocalisedPickers.localise(new DatePicker(), new Div());
        var i18n = picker.getI18n();
        assertThat(i18n.getMonthNames()).startsWith("styczeń", "luty").hasSize(12);
        assertThat(i18n.getWeekdays()).startsWith("niedziela", "poniedziałek").hasSize(7);
        assertThat(i18n.getToday()).isEqualTo("Dziś");
        assertThat(i18n.getCancel()).isEqualTo("Anuluj");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(picker.getLocale().getLanguage()).isEqualTo("pl");
    }

    @Test
    void a_date_time_picker_on_an_english_page_speaks_english() {
        loginAs("customer");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var picker = LocalisedPickers.localise(new DateTimePicker(), new Div());
        assertThat(picker.getDatePickerI18n().getMonthNames()).startsWith("January");
        assertThat(picker.getDatePickerI18n().getToday()).isEqualTo("Today");
    }
}
