package eu.fami.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import eu.fami.model.constraints.internal.UniqueEntriesValidator;
import eu.fami.model.report.RuleIds;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * FAMI-FMT-008: a list that is a set names no entry twice. Entries are compared by their key: a
 * partner's or an indicator's {@code id}, an allocation's {@code specificObjective}, a call's
 * {@code code}; codes, places and constants by value. Entries without a key are FAMI-FMT-001's.
 * Each later occurrence is reported, at its key ({@code partners[1].id}) or at itself
 * ({@code territory[2]}).
 *
 * <pre>{@code @UniqueEntries List<TargetGroup> getTargetGroups();}</pre>
 */
@Documented
@Constraint(validatedBy = UniqueEntriesValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface UniqueEntries {
  /** The message template, a key of {@code ContributorValidationMessages}. */
  String message() default "{eu.fami.model.constraints.UniqueEntries.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The id of the rule this constraint checks. */
  String rule() default RuleIds.FMT_008;
}
