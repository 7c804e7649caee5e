package app.rada.demo;

import app.rada.shared.DemoSettings;
import app.rada.shared.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the demo programme from its YAML files. The folder named by {@code rada.demo.data} holds the
 * files that are the same in every language and one sub-folder per language ({@code en/}, {@code pl/})
 * with the texts people read, so a translator edits only those and a customer may point the property
 * at a folder with a programme of their own.
 */
@Component
@ConditionalOnProperty(name = "rada.demo.enabled", havingValue = "true")
class DemoData {

    /** A flag left out of a file, such as {@code withdrawn}, reads as false. */
    private final YAMLMapper mapper = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    private final ResourceLoader resources;
    private final String location;
    private final DemoSettings settings;

    DemoData(ResourceLoader resources, @Value("${rada.demo.data:classpath:demo/}") String location,
             DemoSettings settings) {
        this.resources = resources;
        this.location = location.endsWith("/") ? location : location + "/";
        this.settings = settings;
    }

    /** Organisations, segments, members and invitations. */
    DemoPeople people() {
        return read("programme.yaml", DemoPeople.class);
    }

    /** The descriptions of the segments and organisations in the programme's language. */
    DemoPeople.Texts peopleTexts() {
        return translated("programme.yaml", DemoPeople.Texts.class);
    }

    /** A file in the folder of the programme's language. */
    <T> T translated(String file, Class<T> type) {
        return inLanguage(settings.language(), file, type);
    }

    /** A file in the folder of one language, for content the portal keeps in every language at once. */
    <T> T inLanguage(Language language, String file, Class<T> type) {
        return read(language.code() + "/" + file, type);
    }

    /** A file that is the same in every language. */
    <T> T read(String file, Class<T> type) {
        var resource = resources.getResource(location + file);
        try (InputStream in = resource.getInputStream()) {
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo programme's " + resource.getDescription(), e);
        }
    }
}
