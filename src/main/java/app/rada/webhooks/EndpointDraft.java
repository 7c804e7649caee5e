package app.rada.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * An endpoint as an administrator describes it. Each rule's message is the key of the refusal the
 * service gives; whether the address is a public one is checked by the service when it is saved.
 */
public record EndpointDraft(
        @NotBlank(message = "{webhooks.problem.name}")
        @Size(max = EndpointDraft.NAME_MAX, message = "{webhooks.problem.name-long}") String name,
        @NotBlank(message = "{webhooks.problem.url}")
        @Size(max = EndpointDraft.URL_MAX, message = "{webhooks.problem.url-long}")
        @Pattern(regexp = "(?i)https?://[^\\s/?#]+[^\\s]*", message = "{webhooks.problem.url}") String url,
        @NotEmpty(message = "{webhooks.problem.events}") Set<WebhookEvent> events,
        @NotNull(message = "{webhooks.problem.format}") WebhookFormat format,
        boolean enabled) {

    public static final int NAME_MAX = 100;
    public static final int URL_MAX = 2000;

    /** The properties in the order their refusals are reported. */
    public static final List<String> PROPERTIES = List.of("name", "url", "events", "format");

    public EndpointDraft {
        events = events == null ? Set.of() : Set.copyOf(events);
    }

    /** The same draft without the spaces around its texts. */
    public static EndpointDraft typed(String name, String url, Set<WebhookEvent> events, WebhookFormat format,
                                      boolean enabled) {
        return new EndpointDraft(name == null ? "" : name.strip(), url == null ? "" : url.strip(), events, format,
                enabled);
    }

    public static Object[] messageArguments(String key) {
        return switch (key) {
            case "webhooks.problem.name-long" -> new Object[] {NAME_MAX};
            case "webhooks.problem.url-long" -> new Object[] {URL_MAX};
            default -> new Object[0];
        };
    }
}
