package app.rada.shared.i18n;

import app.rada.shared.Language;
import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every text a user sees, in English and Polish. Each module keeps its own pair of files,
 * {@code i18n/<module>.properties} and {@code i18n/<module>_pl.properties}; they are merged here.
 * Messages use ICU syntax, so plurals follow each language's rules
 * (Polish has one, few, many and other forms).
 */
@Component
public class Translations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    static final String LOCATION = "classpath*:i18n/*.properties";

    private final Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public Translations() {
        for (var language : Language.values()) {
            texts.put(language, new HashMap<>());
        }
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                var name = resource.getFilename();
                if (name == null) {
                    continue;
                }
                var language = languageOf(name);
                var properties = new Properties();
                try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                var target = texts.get(language);
                properties.forEach((key, value) -> target.put((String) key, (String) value));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the translation files", e);
        }
    }

    private static Language languageOf(String fileName) {
        var base = fileName.substring(0, fileName.length() - ".properties".length());
        int underscore = base.lastIndexOf('_');
        if (underscore < 0) {
            return Language.EN;
        }
        return Language.of(base.substring(underscore + 1)).orElse(Language.EN);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        var language = Language.closestTo(locale);
        var pattern = texts.get(language).get(key);
        if (pattern == null) {
            pattern = texts.get(Language.EN).get(key);
        }
        if (pattern == null) {
            log.warn("No text for key '{}' in {}", key, language);
            return "!" + key;
        }
        if (pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) {
            // nothing to fill in and nothing quoted: the text is its own result
            return pattern;
        }
        var text = pattern;
        var format = formats.computeIfAbsent(language.code() + '\u0000' + key,
                k -> new MessageFormat(text, language.locale()));
        // a MessageFormat is not safe to share while it formats: each call formats on its own copy of the parsed
        // pattern, so that requests of many members never queue behind one lock per text
        return ((MessageFormat) format.clone()).format(params == null ? new Object[0] : params);
    }

    /** Whether a text exists for the key in the given language. */
    public boolean has(String key, Language language) {
        return texts.get(language).containsKey(key);
    }

    /** Every key of a language, for completeness checks. */
    public Set<String> keys(Language language) {
        return new TreeSet<>(texts.get(language).keySet());
    }
}
