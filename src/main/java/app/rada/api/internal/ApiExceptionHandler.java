package app.rada.api.internal;

import app.rada.api.ApiError;
import app.rada.shared.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every failure of an API endpoint as RFC 9457 problem details in the caller's language, never a stack trace:
 * a service's {@link Problem} is 422 (the request was understood but a rule refuses it), an {@link ApiError}
 * carries its own status, a refused access 403, something that does not exist 404, unreadable JSON and
 * invalid fields 400 (with one message per field), a change that collided with another 409.
 */
@RestControllerAdvice(basePackages = "app.rada.api")
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ProblemResponses problems;

    ApiExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Problem.class)
    ResponseEntity<ProblemDetail> problem(Problem problem, HttpServletRequest request) {
        int status = problem instanceof ApiError error ? error.status() : 422;
        return answer(request, status, problem.key(), problem.args());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return answer(request, 403, "api.error.forbidden");
    }

    @ExceptionHandler({NoSuchElementException.class, NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> notFound(Exception e, HttpServletRequest request) {
        return answer(request, 404, "api.error.not-found");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return answer(request, 400, "api.error.bad-json");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception e, HttpServletRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        return answer(request, 400, "api.error.bad-parameter", name);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(request, 405, "api.error.method", e.getMethod());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(request, 415, "api.error.media-type");
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<ProblemDetail> conflict(ConcurrencyFailureException e, HttpServletRequest request) {
        return answer(request, 409, "api.error.conflict");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        var locale = ProblemResponses.localeOf(request);
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError field : e.getBindingResult().getFieldErrors()) {
            var error = new HashMap<String, String>();
            error.put("field", field.getField());
            error.put("message", message(field, locale));
            errors.add(error);
        }
        errors.sort((a, b) -> a.get("field").compareTo(b.get("field")));
        var problem = problems.invalid(errors, locale);
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(400).contentType(ProblemResponses.PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("API call {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR.value(), "api.error.unexpected");
    }

    /** The constraint's message key (its template without braces), with its limit as the argument. */
    private String message(FieldError field, java.util.Locale locale) {
        if (field.contains(ConstraintViolation.class)) {
            var violation = field.unwrap(ConstraintViolation.class);
            var template = violation.getMessageTemplate();
            if (template.startsWith("{") && template.endsWith("}")) {
                var key = template.substring(1, template.length() - 1);
                Object[] args = switch (violation.getConstraintDescriptor().getAnnotation()) {
                    case Size size -> new Object[] {size.min() > 0 ? size.min() : size.max()};
                    case Max max -> new Object[] {max.value()};
                    case Min min -> new Object[] {min.value()};
                    default -> new Object[0];
                };
                return problems.translate(key, locale, args);
            }
        }
        return problems.translate("api.error.field-invalid", locale);
    }

    private ResponseEntity<ProblemDetail> answer(HttpServletRequest request, int status, String key, Object... args) {
        var problem = problems.problem(status, key, args, ProblemResponses.localeOf(request));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(ProblemResponses.PROBLEM_JSON).body(problem);
    }
}
