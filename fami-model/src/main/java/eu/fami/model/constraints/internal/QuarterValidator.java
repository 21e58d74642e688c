package eu.fami.model.constraints.internal;

import eu.fami.model.Quarter;
import eu.fami.model.constraints.ValidQuarter;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidQuarter} with {@link FieldPredicates#isValidQuarter}. */
public final class QuarterValidator implements ConstraintValidator<ValidQuarter, Quarter> {
  @Override
  public boolean isValid(Quarter value, ConstraintValidatorContext context) {
    return FieldPredicates.isValidQuarter(value);
  }
}
