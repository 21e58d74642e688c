package eu.fami.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import eu.fami.model.constraints.internal.RequiredValidator;
import eu.fami.model.report.RuleIds;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * FAMI-FMT-001: a required value is present: not null, a text not blank, a list not empty.
 *
 * <p>A call's or project's {@code period} and {@code programme} are required only outside a
 * dataset, which a constraint on the value cannot know: {@link FieldChecks} checks them.
 *
 * <pre>{@code @Required String getCode();}</pre>
 */
@Documented
@Constraint(validatedBy = RequiredValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Required {
  /** The message template, a key of {@code ContributorValidationMessages}. */
  String message() default "{eu.fami.model.constraints.Required.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The id of the rule this constraint checks. */
  String rule() default RuleIds.FMT_001;
}
