package eu.fami.rules.builtin.catalogue;

import eu.fami.model.Classification;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.catalogue.CatalogueEntry;
import eu.fami.model.catalogue.Table;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import java.util.List;
import java.util.Optional;

/**
 * FAMI-CAT-004: each national action is an action of the specific objective in the national
 * programme (variant {@code unknown}) and, when the classification states a valid measure and the
 * catalogue gives the action's measure, falls under that measure (variant {@code measure}) (PN FAMI
 * 2021-2027).
 */
public final class NationalActionsUnderMeasure extends ClassificationRule {
  private static final RuleDefinition DEFINITION =
      Definitions.error(RuleIds.CAT_004, "PN FAMI 2021-2027", Requirement.CATALOGUE);

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  void judge(Classification classification, Catalogue catalogue, Findings findings) {
    String objective = Codes.knownObjective(catalogue, classification);
    if (objective == null) {
      return;
    }
    String measure = classification.getImplementationMeasure();
    boolean judgeMeasure =
        measure != null && catalogue.contains(Table.IMPLEMENTATION_MEASURE, objective, measure);
    List<String> actions = classification.getNationalActions();
    for (int i = 0; i < actions.size(); i++) {
      String action = actions.get(i);
      if (!Codes.ofThisPeriod(catalogue, Table.NATIONAL_ACTION, action)) {
        continue;
      }
      Optional<CatalogueEntry> entry = catalogue.entry(Table.NATIONAL_ACTION, objective, action);
      String pointer = ClassificationField.nationalActionPointer(i);
      if (entry.isEmpty()) {
        findings.report(pointer, "variant", "unknown", "action", action, "objective", objective);
      } else if (judgeMeasure
          && entry.get().getParent() != null
          && !entry.get().getParent().equals(measure)) {
        findings.report(
            pointer,
            "variant", "measure",
            "action", action,
            "objective", objective,
            "measure", measure,
            "parent", entry.get().getParent());
      }
    }
  }
}
