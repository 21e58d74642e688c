package eu.fami.model.constraints.internal;

import eu.fami.model.constraints.UniqueEntries;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Validates {@link UniqueEntries} with {@link FieldPredicates#duplicateIndexes}, reporting each
 * duplicate at its index, and at its {@linkplain FieldPredicates#keyProperty key property} if any
 * ({@code partners[1].id}, {@code territory[2]}).
 */
public final class UniqueEntriesValidator implements ConstraintValidator<UniqueEntries, List<?>> {
  @Override
  public boolean isValid(List<?> value, ConstraintValidatorContext context) {
    int[] duplicates = value == null ? null : FieldPredicates.duplicateIndexes(value);
    if (duplicates == null || duplicates.length == 0) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    String template = context.getDefaultConstraintMessageTemplate();
    for (int index : duplicates) {
      String property = FieldPredicates.keyProperty(value.get(index));
      var builder = context.buildConstraintViolationWithTemplate(template);
      if (property == null) {
        builder.addBeanNode().inIterable().atIndex(index).addConstraintViolation();
      } else {
        builder.addPropertyNode(property).inIterable().atIndex(index).addConstraintViolation();
      }
    }
    return false;
  }
}
