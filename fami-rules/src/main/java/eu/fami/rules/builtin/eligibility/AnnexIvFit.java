package eu.fami.rules.builtin.eligibility;

import eu.fami.model.Classification;
import eu.fami.model.LegalForm;
import eu.fami.model.Partner;
import eu.fami.model.Project;
import eu.fami.model.catalogue.AnnexIvCategory;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.catalogue.Table;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.builtin.catalogue.ClassificationField;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import java.util.List;

/**
 * FAMI-ELIG-008: a project that states the catalogue's Annex IV modality ({@link
 * Catalogue#annexIvModality()}, 003: actions listed in Annex IV, 90% rate) fits at least one of
 * the catalogue's Annex IV categories (Reg. (EU) 2021/1147 Art 15(3), Annex IV). A catalogue without Annex IV (2014-2020, where 003 is FAMI-CAT-008's) checks nothing;
 * a project with an unknown objective, or whose single lead's legal form is unknown, is not judged
 * unless it fits anyway.
 */
public final class AnnexIvFit implements ProjectRule {
  private static final RuleDefinition DEFINITION =
      Definitions.error(
          RuleIds.ELIG_008, "Reg. (EU) 2021/1147, Art. 15(3) and Annex IV", Requirement.CATALOGUE);

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    Project project = scope.getProject();
    Classification classification = project.getClassification();
    Catalogue catalogue = scope.catalogue();
    List<AnnexIvCategory> categories = catalogue.annexIvCategories();
    if (classification == null
        || categories.isEmpty()
        || !catalogue.annexIvModality()
            .map(m -> m.equals(classification.getImplementationModality())).orElse(false)
        || classification.getSpecificObjective() == null
        || !catalogue.contains(Table.SPECIFIC_OBJECTIVE, classification.getSpecificObjective())) {
      return;
    }
    LegalForm lead = Leads.single(project).map(Partner::getLegalForm).orElse(null);
    boolean fits =
        categories.stream()
            .anyMatch(c -> c.matches(classification, lead, project.getTargetGroups()));
    if (!fits && lead != null) {
      findings.report(ClassificationField.IMPLEMENTATION_MODALITY.pointer());
    }
  }
}
