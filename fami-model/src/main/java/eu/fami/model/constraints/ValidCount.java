package eu.fami.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import eu.fami.model.constraints.internal.CountValidator;
import eu.fami.model.report.RuleIds;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * FAMI-FMT-004: a count (indicator target, value or breakdown) is from 0 to 999,999,999.
 *
 * <pre>{@code @ValidCount Long getTarget();}</pre>
 */
@Documented
@Constraint(validatedBy = CountValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidCount {
  /** The message template, a key of {@code ContributorValidationMessages}. */
  String message() default "{eu.fami.model.constraints.ValidCount.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The id of the rule this constraint checks. */
  String rule() default RuleIds.FMT_004;
}
