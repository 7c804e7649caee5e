package app.rada.sessions;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of a session draft that tie several of its fields together: a link or an address as the
 * format needs, an end after the start, a known time zone, registration closing before the start and a
 * chosen audience that names someone. Each broken rule is reported on the field staff would correct.
 */
@Documented
@Constraint(validatedBy = SessionDraftValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentSessionDraft {

    String message() default "{sessions.problem.times}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
