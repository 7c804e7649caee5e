package app.rada.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the running portal's REST API over real HTTP, as another system would: with a bearer token (or none),
 * an {@code Accept-Language} and a JSON body. Every answer comes back whatever its status, to be asserted on.
 * <pre>
 * var api = new ApiClient(port).withToken(token);
 * var answer = api.get("/api/v1/ideas?limit=5");
 * assertThat(answer.status()).isEqualTo(200);
 * assertThat(answer.json().get("items")).hasSize(5);
 * </pre>
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final @Nullable String token;
    private final String language;

    public ApiClient(int port) {
        this("http://localhost:" + port, null, "en");
    }

    private ApiClient(String base, @Nullable String token, String language) {
        this.base = base;
        this.token = token;
        this.language = language;
    }

    public ApiClient withToken(@Nullable String newToken) {
        return new ApiClient(base, newToken, language);
    }

    /** Asks for answers in this language, e.g. {@code "pl"}. */
    public ApiClient inLanguage(String newLanguage) {
        return new ApiClient(base, token, newLanguage);
    }

    public Answer get(String path) {
        return send("GET", path, null);
    }

    public Answer post(String path, @Nullable Object body) {
        return send("POST", path, body);
    }

    public Answer put(String path, @Nullable Object body) {
        return send("PUT", path, body);
    }

    public Answer delete(String path) {
        return send("DELETE", path, null);
    }

    /** Sends a body as it is, for example JSON that is not valid. */
    public Answer sendRaw(String method, String path, String rawBody) {
        return exchange(request(path).method(method, HttpRequest.BodyPublishers.ofString(rawBody))
                .header("Content-Type", "application/json"));
    }

    public Answer send(String method, String path, @Nullable Object body) {
        var builder = request(path);
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .header("Content-Type", "application/json");
        }
        return exchange(builder);
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json, application/problem+json")
                .header("Accept-Language", language);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Answer exchange(HttpRequest.Builder builder) {
        try {
            var response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One answer: status, body, content type, and the body read as JSON. */
    public record Answer(int status, String body, String contentType, HttpResponse<String> response) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public boolean isProblem() {
            return contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
