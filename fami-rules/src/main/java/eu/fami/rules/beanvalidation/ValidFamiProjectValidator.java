package eu.fami.rules.beanvalidation;

import eu.fami.model.Project;
import eu.fami.model.report.Violation;
import eu.fami.rules.ValidationReport;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Runs the fami rules for {@link ValidFamiProject} and turns each error into a violation. */
public final class ValidFamiProjectValidator implements ConstraintValidator<ValidFamiProject, Project> {

  @Override
  public boolean isValid(Project project, ConstraintValidatorContext context) {
    if (project == null) {
      return true; // @NotNull's concern
    }
    FamiBeanValidation.Settings settings = FamiBeanValidation.settings();
    ValidationReport report = settings.fami().validateProject(project, settings.call());
    if (report.isValid()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
    for (Violation v : report.getViolations()) {
      if (!v.isError()) {
        continue;
      }
      String message = settings.fami().messages().render(v, settings.locale());
      hv.withDynamicPayload(v);
      addPath(hv.buildConstraintViolationWithTemplate(escape(message)), v.getLocation().getPointer());
    }
    return false;
  }

  /** Builds the property path of a JSON pointer: {@code /budget/lines/3/amount} as budget.lines[3].amount. */
  private static void addPath(ConstraintViolationBuilder builder, String pointer) {
    if (pointer.isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    NodeBuilderCustomizableContext open = null; // the last node, when it has no index yet
    NodeBuilderDefinedContext indexed = null; // the last node, when it has its index
    Integer index = null; // an index waiting for the next node
    for (String raw : pointer.substring(1).split("/", -1)) {
      String segment = raw.replace("~1", "/").replace("~0", "~");
      boolean number = !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
      if (number && (open != null || indexed != null) && segment.length() < 10) {
        index = Integer.valueOf(segment);
        continue;
      }
      NodeBuilderCustomizableContext next =
          open != null ? open.addPropertyNode(segment)
              : indexed != null ? indexed.addPropertyNode(segment)
              : builder.addPropertyNode(segment);
      if (index != null) {
        indexed = next.inIterable().atIndex(index);
        open = null;
        index = null;
      } else {
        open = next;
        indexed = null;
      }
    }
    if (index != null) {
      (open != null ? open.addBeanNode() : indexed.addBeanNode())
          .inIterable()
          .atIndex(index)
          .addConstraintViolation();
    } else if (open != null) {
      open.addConstraintViolation();
    } else {
      indexed.addConstraintViolation();
    }
  }

  /** Escapes a rendered message so that Bean Validation reads it literally (no EL, no keys). */
  static String escape(String message) {
    StringBuilder out = new StringBuilder(message.length() + 8);
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '{' || c == '}' || c == '$' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
