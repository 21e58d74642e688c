package eu.fami.model.constraints.internal;

import eu.fami.model.Expenditure;
import eu.fami.model.constraints.CorrectionSign;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link CorrectionSign} with {@link FieldPredicates#hasValidSign}, at the amount. */
public final class CorrectionSignValidator
    implements ConstraintValidator<CorrectionSign, Expenditure> {
  @Override
  public boolean isValid(Expenditure value, ConstraintValidatorContext context) {
    return value == null || FieldPredicates.hasValidSign(value) || Violations.at(context, "amount");
  }
}
