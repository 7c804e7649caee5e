package app.rada.api.internal;

import app.rada.shared.Language;
import app.rada.shared.i18n.Translations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details in the caller's language (from {@code Accept-Language}, English or Polish): the
 * title names the status, the detail says what went wrong, {@code code} is the stable key a program can test.
 */
@Component
public class ProblemResponses {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Translations translations;

    ProblemResponses(Translations translations) {
        this.translations = translations;
    }

    public static Locale localeOf(HttpServletRequest request) {
        return Language.closestTo(request.getLocale()).locale();
    }

    public ProblemDetail problem(int status, String key, Object[] args, Locale locale) {
        var problem = ProblemDetail.forStatus(status);
        problem.setTitle(title(status, locale));
        problem.setDetail(translations.getTranslation(key, locale, args));
        problem.setProperty("code", key);
        return problem;
    }

    /** A bad request with one message per field: {@code errors} holds {@code field} and {@code message}. */
    public ProblemDetail invalid(List<Map<String, String>> errors, Locale locale) {
        var problem = problem(400, "api.error.invalid", new Object[0], locale);
        problem.setProperty("errors", errors);
        return problem;
    }

    public String translate(String key, Locale locale, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private String title(int status, Locale locale) {
        var key = "api.status." + status;
        if (translations.has(key, Language.EN)) {
            return translations.getTranslation(key, locale);
        }
        var known = HttpStatus.resolve(status);
        return known == null ? String.valueOf(status) : known.getReasonPhrase();
    }

    /** Writes a problem from a filter, where no controller advice reaches. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", localeOf(request).toLanguageTag());
        var body = new LinkedHashMap<String, Object>();
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", String.valueOf(problem.getInstance()));
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        JSON.writeValue(response.getOutputStream(), body);
    }
}
