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
 * FAMI-CAT-002: the implementation measure (Reg. (EU) 2021/1147 Annex II) or the 2014-2020
 * national objective falls under the specific objective. Variants name the property.
 */
public final class MeasureUnderObjective extends ClassificationRule {
  private static final RuleDefinition DEFINITION =
      Definitions.error(
          RuleIds.CAT_002,
          "Reg. (EU) 2021/1147, Annex II; PN FAMI 2014-2020",
          Requirement.CATALOGUE);

  private static final List<ClassificationField> FIELDS =
      List.of(ClassificationField.IMPLEMENTATION_MEASURE, ClassificationField.NATIONAL_OBJECTIVE);

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
    for (ClassificationField field : FIELDS) {
      String code = field.codeIn(classification);
      if (Codes.ofThisPeriod(catalogue, field.table(), code)
          && !catalogue.contains(field.table(), objective, code)) {
        findings.report(
            field.pointer(), "variant", field.jsonName(), "code", code, "objective", objective);
      }
    }
  }
}
