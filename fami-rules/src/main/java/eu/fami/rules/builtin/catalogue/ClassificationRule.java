package eu.fami.rules.builtin.catalogue;

import eu.fami.model.Classification;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.rules.spi.CallRule;
import eu.fami.rules.spi.CallScope;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;

/**
 * A FAMI-CAT rule over a classification, run alike on projects and on calls: pointers are the
 * same ({@code /classification/...}) relative to either. An absent classification is FAMI-FMT-001's.
 */
abstract class ClassificationRule implements ProjectRule, CallRule {
  @Override
  public final void check(ProjectScope scope, Findings findings) {
    Classification classification = scope.getProject().getClassification();
    if (classification != null) {
      judge(classification, scope.catalogue(), findings);
    }
  }

  @Override
  public final void check(CallScope scope, Findings findings) {
    Classification classification = scope.getCall().getClassification();
    if (classification != null) {
      judge(classification, scope.catalogue(), findings);
    }
  }

  /** Judges a classification against the catalogue of its period. */
  abstract void judge(Classification classification, Catalogue catalogue, Findings findings);
}
