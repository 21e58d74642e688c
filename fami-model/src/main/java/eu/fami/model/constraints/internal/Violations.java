package eu.fami.model.constraints.internal;

import jakarta.validation.ConstraintValidatorContext;

/** Points a class-level constraint's violation at one property of the validated value. */
final class Violations {
  private Violations() {}

  /** Replaces the default violation by one at {@code property}; answers false (invalid). */
  static boolean at(ConstraintValidatorContext context, String property) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
        .addPropertyNode(property)
        .addConstraintViolation();
    return false;
  }
}
