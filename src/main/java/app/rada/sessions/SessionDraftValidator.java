package app.rada.sessions;

import app.rada.shared.Problem;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks {@link ConsistentSessionDraft}, and turns the violations of a draft's rules into the problems
 * the editor and the services show, so a rule reads the same on the field and from the service.
 */
public class SessionDraftValidator implements ConstraintValidator<ConsistentSessionDraft, SessionDraft> {

    /** The fields in the order the form shows them; the first broken rule in this order is the one reported. */
    private static final List<String> ORDER = List.of("title", "purpose", "agenda", "meetingUrl", "address",
            "endsAt", "timeZone", "capacity", "registrationDeadline", "organisationIds", "ideaIds", "touchpointIds");

    private static final Duration LONGEST = Duration.ofDays(3);

    @Override
    public boolean isValid(SessionDraft d, ConstraintValidatorContext context) {
        if (d == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        if (d.format() != null && d.format().online()) {
            var url = d.meetingUrl() == null ? "" : d.meetingUrl().strip();
            if (url.isEmpty()) {
                valid = report(context, "meetingUrl", "sessions.problem.link-needed");
            } else if (url.length() > SessionDraft.URL_MAX || !webAddress(url)) {
                valid = report(context, "meetingUrl", "sessions.problem.link");
            }
        }
        if (d.format() != null && d.format().onSite()) {
            var address = d.address() == null ? "" : d.address().strip();
            if (address.isEmpty()) {
                valid = report(context, "address", "sessions.problem.address-needed");
            } else if (address.length() > SessionDraft.ADDRESS_MAX) {
                valid = report(context, "address", "sessions.problem.address");
            }
        }
        if (d.startsAt() != null && d.endsAt() != null) {
            if (!d.endsAt().isAfter(d.startsAt())) {
                valid = report(context, "endsAt", "sessions.problem.times");
            } else if (Duration.between(d.startsAt(), d.endsAt()).compareTo(LONGEST) > 0) {
                valid = report(context, "endsAt", "sessions.problem.too-long");
            }
        }
        if (!knownZone(d.timeZone())) {
            valid = report(context, "timeZone", "sessions.problem.zone");
        }
        if (d.registrationDeadline() != null && d.startsAt() != null
                && d.registrationDeadline().isAfter(d.startsAt())) {
            valid = report(context, "registrationDeadline", "sessions.problem.deadline");
        }
        if (d.audience() == SessionAudience.CHOSEN && d.organisationIds().isEmpty() && d.segmentIds().isEmpty()) {
            valid = report(context, "organisationIds", "sessions.problem.audience");
        }
        return valid;
    }

    private static boolean report(ConstraintValidatorContext context, String field, String key) {
        context.buildConstraintViolationWithTemplate("{" + key + "}").addPropertyNode(field).addConstraintViolation();
        return false;
    }

    private static boolean knownZone(String zone) {
        if (zone == null) {
            return false;
        }
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException unknown) {
            return false;
        }
    }

    private static boolean webAddress(String url) {
        try {
            var uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * The problems of a draft by field, in the order the form shows the fields; at most one per field.
     * Rules that need the database (who is staff, which ideas exist) are not among them.
     */
    public static Map<String, Problem> problems(Validator validator, SessionDraft draft) {
        var sorted = validator.validate(draft).stream()
                .sorted(Comparator.comparingInt(SessionDraftValidator::position)).toList();
        var problems = new LinkedHashMap<String, Problem>();
        for (var violation : sorted) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), problem(violation, draft));
        }
        return problems;
    }

    private static int position(ConstraintViolation<SessionDraft> violation) {
        int at = ORDER.indexOf(violation.getPropertyPath().toString());
        return at < 0 ? ORDER.size() : at;
    }

    /** The translation key in the message template, with the figures its text needs. */
    private static Problem problem(ConstraintViolation<SessionDraft> violation, SessionDraft draft) {
        var template = violation.getMessageTemplate();
        var key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
        return switch (key) {
            case "sessions.problem.title" -> new Problem(key, SessionDraft.TITLE_MAX);
            case "sessions.problem.purpose" -> new Problem(key, SessionDraft.PURPOSE_MAX);
            case "sessions.problem.agenda" -> new Problem(key, SessionDraft.AGENDA_MAX);
            case "sessions.problem.address" -> new Problem(key, SessionDraft.ADDRESS_MAX);
            case "sessions.problem.capacity" -> new Problem(key, SessionDraft.CAPACITY_MAX);
            case "sessions.problem.links" -> new Problem(key, SessionDraft.LINKS_MAX);
            case "sessions.problem.zone" -> new Problem(key, String.valueOf(draft.timeZone()));
            default -> new Problem(key);
        };
    }
}
