package app.rada.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date pickers and uploads speak the reader's language: month and day names, "Today" and "Cancel", the
 * first day of the week, the date format, and the upload's buttons and refusals, all read from the
 * translation files (keys {@code picker.*} and {@code upload.*}).
 */
public final class LocalisedPickers {

    private LocalisedPickers() {
    }

    /** Sets the picker's texts and locale from {@code texts}, the component whose language is used. */
    public static DatePicker localise(DatePicker picker, Component texts) {
        picker.setLocale(locale());
        picker.setI18n(i18n(texts));
        return picker;
    }

    public static DateTimePicker localise(DateTimePicker picker, Component texts) {
        picker.setLocale(locale());
        picker.setDatePickerI18n(i18n(texts));
        return picker;
    }

    /** The upload's buttons and refusals; {@code tooBig} and {@code wrongType} are the caller's own texts. */
    public static Upload localise(Upload upload, Component texts, String tooBig, String wrongType) {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(texts.getTranslation("upload.add.one"))
                .setMany(texts.getTranslation("upload.add.many")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(texts.getTranslation("upload.drop.one"))
                .setMany(texts.getTranslation("upload.drop.many")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(tooBig).setIncorrectFileType(wrongType)
                .setTooManyFiles(texts.getTranslation("upload.too-many")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(texts.getTranslation("upload.connecting"))
                        .setStalled(texts.getTranslation("upload.stalled"))
                        .setProcessing(texts.getTranslation("upload.processing"))
                        .setHeld(texts.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(texts.getTranslation("upload.remaining"))
                        .setUnknown(texts.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(texts.getTranslation("upload.error.server"))
                        .setUnexpectedServerError(texts.getTranslation("upload.error.unexpected"))
                        .setForbidden(texts.getTranslation("upload.error.forbidden"))));
        i18n.setFile(new UploadI18N.File().setRetry(texts.getTranslation("upload.file.retry"))
                .setStart(texts.getTranslation("upload.file.start"))
                .setRemove(texts.getTranslation("upload.file.remove")));
        upload.setI18n(i18n);
        return upload;
    }

    private static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    private static DatePicker.DatePickerI18n i18n(Component texts) {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(list(texts.getTranslation("picker.months")))
                .setWeekdays(list(texts.getTranslation("picker.weekdays")))
                .setWeekdaysShort(list(texts.getTranslation("picker.weekdays.short")))
                .setFirstDayOfWeek(Integer.parseInt(texts.getTranslation("picker.first-day").strip()))
                .setToday(texts.getTranslation("picker.today"))
                .setCancel(texts.getTranslation("picker.cancel"))
                .setDateFormat(texts.getTranslation("picker.date-format"));
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }
}
