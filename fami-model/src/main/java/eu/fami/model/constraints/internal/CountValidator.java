package eu.fami.model.constraints.internal;

import eu.fami.model.constraints.ValidCount;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidCount} with {@link FieldPredicates#isValidCount}. */
public final class CountValidator implements ConstraintValidator<ValidCount, Long> {
  @Override
  public boolean isValid(Long value, ConstraintValidatorContext context) {
    return FieldPredicates.isValidCount(value);
  }
}
