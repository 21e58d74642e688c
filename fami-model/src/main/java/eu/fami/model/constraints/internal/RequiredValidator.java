package eu.fami.model.constraints.internal;

import eu.fami.model.constraints.Required;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link Required} with {@link FieldPredicates#isPresent}. */
public final class RequiredValidator implements ConstraintValidator<Required, Object> {
  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    return FieldPredicates.isPresent(value);
  }
}
