package eu.fami.model.constraints.internal;

import eu.fami.model.Amount;
import eu.fami.model.constraints.ValidAmount;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidAmount} with {@link FieldPredicates#isValidAmount}. */
public final class AmountValidator implements ConstraintValidator<ValidAmount, Amount> {
  private boolean anySign;

  @Override
  public void initialize(ValidAmount constraint) {
    anySign = constraint.anySign();
  }

  @Override
  public boolean isValid(Amount value, ConstraintValidatorContext context) {
    return FieldPredicates.isValidAmount(value, anySign);
  }
}
