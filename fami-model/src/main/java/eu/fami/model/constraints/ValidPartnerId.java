package eu.fami.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import eu.fami.model.constraints.internal.PartnerIdValidator;
import eu.fami.model.report.RuleIds;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * FAMI-FMT-003, on a {@link eu.fami.model.Partner}: when its effective {@code idScheme} is
 * {@code IT_TAX_CODE}, its {@code id} is a valid {@link eu.fami.model.TaxCode} (format and check
 * character). Reported at the partner's {@code id}.
 *
 * <pre>{@code @ValidPartnerId interface Partner { ... }}</pre>
 */
@Documented
@Constraint(validatedBy = PartnerIdValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidPartnerId {
  /** The message template, a key of {@code ContributorValidationMessages}. */
  String message() default "{eu.fami.model.constraints.ValidPartnerId.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The id of the rule this constraint checks. */
  String rule() default RuleIds.FMT_003;
}
