package eu.fami.rules.beanvalidation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated {@link eu.fami.model.Project} must pass every fami rule (field checks included).
 * Each ERROR becomes one constraint violation whose message is the rule's message (in the locale of
 * {@link FamiBeanValidation}), whose property path follows the violation's JSON pointer, and whose
 * Hibernate Validator dynamic payload is the {@link eu.fami.model.report.Violation} itself (rule
 * id, pointer, arguments). Warnings never reject a request.
 *
 * <pre>{@code
 * record SubmitRequest(@NotNull @ValidFamiProject Project project) {}
 * }</pre>
 */
@Documented
@Constraint(validatedBy = ValidFamiProjectValidator.class)
@Target({
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.PARAMETER,
  ElementType.TYPE_USE,
  ElementType.RECORD_COMPONENT
})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidFamiProject {
  /** Message of a violation without a rule message (never used for rule findings). */
  String message() default "{eu.fami.rules.beanvalidation.ValidFamiProject.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
