package eu.fami.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import eu.fami.model.constraints.internal.PlaceValidator;
import eu.fami.model.report.RuleIds;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * FAMI-FMT-006: a {@link eu.fami.model.Place} is an Italian NUTS 2 code, {@code IT}, or an ISO
 * 3166-1 alpha-2 country code; also on list elements.
 *
 * <pre>{@code List<@ValidPlace Place> getTerritory();}</pre>
 */
@Documented
@Constraint(validatedBy = PlaceValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidPlace {
  /** The message template, a key of {@code ContributorValidationMessages}. */
  String message() default "{eu.fami.model.constraints.ValidPlace.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The id of the rule this constraint checks. */
  String rule() default RuleIds.FMT_006;
}
