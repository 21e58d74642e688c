package eu.fami.rules.builtin.eligibility;

import eu.fami.model.Call;
import eu.fami.model.Classification;
import eu.fami.model.Project;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.builtin.catalogue.ClassificationField;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * FAMI-ELIG-006: where the call states them, the project's specific objective, measure, scope,
 * national objective and Annex VI codes equal the call's (variant {@code missing} when the project
 * states none; an unstated implementation modality is the catalogue's default), and its national
 * actions and call actions are among the call's (variant {@code among}) (call).
 */
public final class ClassificationMatchesCall implements ProjectRule {
  private static final RuleDefinition DEFINITION =
      Definitions.error(RuleIds.ELIG_006, "call", Requirement.CALL, Requirement.CATALOGUE);

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    Project project = scope.getProject();
    Call call = scope.getCall().orElse(null);
    if (call == null) {
      return;
    }
    Classification required = call.getClassification();
    Classification stated = project.getClassification();
    if (required != null && stated != null) {
      for (ClassificationField field : ClassificationField.values()) {
        judge(field, stated, required, scope.catalogue(), findings);
      }
      among(
          ClassificationField.NATIONAL_ACTIONS,
          stated.getNationalActions(),
          required.getNationalActions(),
          ClassificationField::nationalActionPointer,
          findings);
    }
    among("callActions", project.getCallActions(), call.getActions(), i -> "/callActions/" + i,
        findings);
  }

  private static void judge(
      ClassificationField field,
      Classification stated,
      Classification required,
      Catalogue catalogue,
      Findings findings) {
    String expected = field.codeIn(required);
    String value = field.codeIn(stated);
    if (value == null && field == ClassificationField.IMPLEMENTATION_MODALITY) {
      value = catalogue.defaultImplementationModality();
    }
    if (expected == null || expected.equals(value)) {
      return;
    }
    if (value == null) {
      // the objective is required: FAMI-FMT-001 reports it missing
      if (field != ClassificationField.SPECIFIC_OBJECTIVE) {
        findings.report(
            field.pointer(), "variant", "missing", "property", field.jsonName(),
            "expected", expected);
      }
    } else {
      findings.report(
          field.pointer(), "property", field.jsonName(), "value", value, "expected", expected);
    }
  }

  /** Reports each of {@code values} that the call's non-empty {@code allowed} does not list. */
  private static void among(
      String property,
      List<String> values,
      List<String> allowed,
      IntFunction<String> pointer,
      Findings findings) {
    if (allowed.isEmpty()) {
      return;
    }
    String listed = String.join(", ", allowed);
    Set<String> set = new HashSet<>(allowed);
    for (int i = 0; i < values.size(); i++) {
      if (!set.contains(values.get(i))) {
        findings.report(
            pointer.apply(i), "variant", "among", "property", property, "value", values.get(i),
            "expected", listed);
      }
    }
  }
}
