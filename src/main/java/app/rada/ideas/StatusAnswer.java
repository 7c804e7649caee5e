package app.rada.ideas;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * A status staff move an idea to with the public answer they write; an answer of only spaces is no
 * answer. Declining needs a reason, so the answer is required then.
 */
@StatusAnswer.ReasonGiven
public record StatusAnswer(
        @Nullable IdeaStatus to,
        @Size(max = TriageService.ANSWER_MAX, message = "{ideas.triage.answer-long}") @Nullable String answer) {

    public StatusAnswer {
        answer = answer == null || answer.isBlank() ? null : answer.strip();
    }

    /** A status that needs a reason comes with an answer. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ReasonGiven.Check.class)
    public @interface ReasonGiven {

        String message() default "{ideas.triage.reason-required}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Reads the rule off the status, so a new status that needs a reason is covered at once. */
        class Check implements ConstraintValidator<ReasonGiven, StatusAnswer> {
            @Override
            public boolean isValid(@Nullable StatusAnswer value, ConstraintValidatorContext context) {
                return value == null || value.to() == null || !value.to().needsReason() || value.answer() != null;
            }
        }
    }
}
