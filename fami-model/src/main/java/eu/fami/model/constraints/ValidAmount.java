package eu.fami.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import eu.fami.model.constraints.internal.AmountValidator;
import eu.fami.model.report.RuleIds;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * FAMI-FMT-004: an {@link eu.fami.model.Amount} has at most 2 decimals, is below 10<sup>13</sup> in
 * absolute value and is not negative, unless {@link #anySign()} (an expenditure, whose sign {@link
 * CorrectionSign} checks).
 *
 * <pre>{@code @ValidAmount Amount getTotal();}</pre>
 */
@Documented
@Constraint(validatedBy = AmountValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidAmount {
  /** The message template, a key of {@code ContributorValidationMessages}. */
  String message() default "{eu.fami.model.constraints.ValidAmount.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The id of the rule this constraint checks. */
  String rule() default RuleIds.FMT_004;

  /** Whether the amount may be negative, its sign being checked by another constraint. */
  boolean anySign() default false;
}
