package app.rada.ballots;

import app.rada.ballots.internal.BallotDraftChecker;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rules of a draft that depend on more than one of its parts (options for choice types, a points
 * budget for points ballots, closing after opening, what a passing outcome needs). Each broken rule is
 * reported on the part a person would change, so a form can show it on that field.
 */
@Documented
@Constraint(validatedBy = BallotDraftChecker.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BallotDraftRules {

    String message() default "{ballots.problem.times}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
