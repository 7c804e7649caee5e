package app.rada.shared;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.shared.i18n.Translations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void every_english_text_has_a_polish_one_and_back() {
        assertThat(translations.keys(Language.PL)).containsExactlyElementsOf(translations.keys(Language.EN));
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        var literal = Pattern.compile("getTranslation\\(\\s*\"([a-z0-9_.\\-]+)\"");
        var titles = Pattern.compile("title\\s*=\\s*\"([a-z0-9_.\\-]+)\"");
        var keyArrays = Pattern.compile("\\{\"([a-z0-9_\\-]+\\.[a-z0-9_.\\-]+)\", \"([a-z0-9_.\\-]+)\"}");
        var missing = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var source = Files.readString(file);
                for (var pattern : new Pattern[] {literal, titles, keyArrays}) {
                    var matcher = pattern.matcher(source);
                    while (matcher.find()) {
                        if (!translations.has(matcher.group(1), Language.EN)) {
                            missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void polish_plurals_follow_polish_rules() {
        var pl = Locale.of("pl");
        assertThat(translations.getTranslation("home.programme.members", pl, 1)).isEqualTo("aktywny uczestnik");
        assertThat(translations.getTranslation("home.programme.members", pl, 3)).isEqualTo("aktywnych uczestników");
        assertThat(translations.getTranslation("home.programme.segments", pl, 3)).isEqualTo("segmenty klientów");
        assertThat(translations.getTranslation("home.programme.segments", pl, 5)).isEqualTo("segmentów klientów");
        assertThat(translations.getTranslation("home.programme.segments", pl, 22)).isEqualTo("segmenty klientów");
        assertThat(translations.getTranslation("home.programme.segments", pl, 12)).isEqualTo("segmentów klientów");
    }

    @Test
    void numbers_follow_the_locale() {
        assertThat(translations.getTranslation("home.figure.value", Locale.ENGLISH, 12345)).isEqualTo("12,345");
        assertThat(translations.getTranslation("home.figure.value", Locale.of("pl"), 12345))
                .isEqualTo("12\u00a0345");
    }

    @Test
    void quotes_and_plain_texts_read_as_written() {
        assertThat(translations.getTranslation("sessions.editor.starts", Locale.ENGLISH))
                .isEqualTo("Starts (in the session's time zone)");
        assertThat(translations.getTranslation("sessions.page.when-local", Locale.ENGLISH, "10:00", "Europe/Warsaw"))
                .isEqualTo("In the session's time zone: 10:00 (Europe/Warsaw)");
        assertThat(translations.getTranslation("home.programme.members", Locale.of("pl"), 1))
                .isEqualTo("aktywny uczestnik");
    }

    @Test
    void a_missing_key_is_marked_not_hidden() {
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }
}
