package eu.fami.rules.builtin.catalogue;

import eu.fami.model.Classification;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.catalogue.Table;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import java.util.List;

/**
 * FAMI-CAT-008: no classification code of another programming period: Annex VI codes other than
 * the implementation modality, or PN national actions, on a 2014-2020 document; a national
 * objective on a 2021-2027 one; a code that only another period defines (implementation modality
 * 003 in 2014-2020). The period's catalogue decides: a table it leaves empty is another period's.
 */
public final class CodesOfPeriod extends ClassificationRule {
  private static final RuleDefinition DEFINITION =
      Definitions.error(RuleIds.CAT_008, "", Requirement.CATALOGUE);

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  void judge(Classification classification, Catalogue catalogue, Findings findings) {
    String period = catalogue.period().code();
    for (ClassificationField field : ClassificationField.values()) {
      String code = field.codeIn(classification);
      if (code != null && Codes.ofAnotherPeriod(catalogue, field.table(), code)) {
        findings.report(
            field.pointer(), "property", field.jsonName(), "value", code, "period", period);
      }
    }
    List<String> actions = classification.getNationalActions();
    for (int i = 0; i < actions.size(); i++) {
      if (Codes.ofAnotherPeriod(catalogue, Table.NATIONAL_ACTION, actions.get(i))) {
        findings.report(
            ClassificationField.nationalActionPointer(i),
            "property", ClassificationField.NATIONAL_ACTIONS,
            "value", actions.get(i),
            "period", period);
      }
    }
  }
}
