package eu.fami.model.constraints.internal;

import eu.fami.model.Partner;
import eu.fami.model.constraints.ValidPartnerId;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidPartnerId} with {@link FieldPredicates#isValidPartnerId}, at the id. */
public final class PartnerIdValidator implements ConstraintValidator<ValidPartnerId, Partner> {
  @Override
  public boolean isValid(Partner value, ConstraintValidatorContext context) {
    return value == null || FieldPredicates.isValidPartnerId(value) || Violations.at(context, "id");
  }
}
