package eu.fami.model.constraints.internal;

import eu.fami.model.Rate;
import eu.fami.model.constraints.ValidRate;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidRate} with {@link FieldPredicates#isValidRate}. */
public final class RateValidator implements ConstraintValidator<ValidRate, Rate> {
  @Override
  public boolean isValid(Rate value, ConstraintValidatorContext context) {
    return FieldPredicates.isValidRate(value);
  }
}
