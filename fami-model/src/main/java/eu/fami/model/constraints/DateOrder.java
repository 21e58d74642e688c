package eu.fami.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import eu.fami.model.constraints.internal.DateOrderValidator;
import eu.fami.model.report.RuleIds;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * FAMI-FMT-005: the date ranges of a value are not inverted: a {@link eu.fami.model.Project}'s
 * {@code start <= end <= extendedEnd}, a {@link eu.fami.model.Call}'s {@code opens <= closes}, a
 * {@link eu.fami.model.ProjectWindow}'s {@code earliestStart <= latestEnd}. An inversion is
 * reported at the later date ({@code end}, {@code extendedEnd}, {@code closes}, {@code latestEnd}).
 *
 * <pre>{@code @DateOrder interface Call { ... }}</pre>
 */
@Documented
@Constraint(
    validatedBy = {
      DateOrderValidator.ForProject.class,
      DateOrderValidator.ForCall.class,
      DateOrderValidator.ForProjectWindow.class
    })
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DateOrder {
  /** The message template, a key of {@code ContributorValidationMessages}. */
  String message() default "{eu.fami.model.constraints.DateOrder.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The id of the rule this constraint checks. */
  String rule() default RuleIds.FMT_005;
}
