package eu.fami.model.constraints.internal;

import eu.fami.model.Cup;
import eu.fami.model.constraints.ValidCup;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidCup} with {@link FieldPredicates#isValidCup}. */
public final class CupValidator implements ConstraintValidator<ValidCup, Cup> {
  @Override
  public boolean isValid(Cup value, ConstraintValidatorContext context) {
    return FieldPredicates.isValidCup(value);
  }
}
