package eu.fami.rules.builtin.catalogue;

import eu.fami.model.Classification;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import java.util.List;

/**
 * FAMI-CAT-006: the type of action, implementation modality and specific theme are codes of their
 * tables (Reg. (EU) 2021/1147 Annex VI, tables 2-4); argument {@code property} names the property.
 */
public final class AnnexViCodesKnown extends ClassificationRule {
  private static final RuleDefinition DEFINITION =
      Definitions.error(
          RuleIds.CAT_006, "Reg. (EU) 2021/1147, Annex VI, tables 2-4", Requirement.CATALOGUE);

  private static final List<ClassificationField> FIELDS =
      List.of(
          ClassificationField.TYPE_OF_ACTION,
          ClassificationField.IMPLEMENTATION_MODALITY,
          ClassificationField.SPECIFIC_THEME);

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  void judge(Classification classification, Catalogue catalogue, Findings findings) {
    for (ClassificationField field : FIELDS) {
      String code = field.codeIn(classification);
      if (Codes.ofThisPeriod(catalogue, field.table(), code)
          && !catalogue.contains(field.table(), code)) {
        findings.report(field.pointer(), "code", code, "property", field.jsonName());
      }
    }
  }
}
