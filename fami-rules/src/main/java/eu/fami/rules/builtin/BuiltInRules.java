package eu.fami.rules.builtin;

import static eu.fami.rules.builtin.Definitions.error;

import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.budget.BudgetRules;
import eu.fami.rules.builtin.catalogue.CatalogueRules;
import eu.fami.rules.builtin.monitoring.MonitoringRules;
import eu.fami.rules.builtin.overlap.OverlapRules;
import eu.fami.rules.builtin.reference.ReferenceRules;
import eu.fami.rules.builtin.eligibility.EligibilityRules;
import eu.fami.rules.spi.Rule;
import eu.fami.rules.spi.RuleDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in rules of DESIGN.md section 4, in catalogue order. The reader's (FAMI-IO-*) and the
 * field checks' (FAMI-FMT-*) ids are definitions without a check of their own: the reader and
 * {@code FieldChecks} report them.
 */
public final class BuiltInRules {
  private BuiltInRules() {}

  /** Definitions of the ids reported by the reader and the field checks. */
  public static List<RuleDefinition> definitionsWithoutCheck() {
    return List.of(
        error(RuleIds.IO_001, ""),
        error(RuleIds.IO_002, ""),
        error(RuleIds.IO_003, ""),
        error(RuleIds.IO_004, ""),
        error(RuleIds.IO_005, ""),
        error(RuleIds.IO_006, ""),
        error(RuleIds.FMT_001, ""),
        error(RuleIds.FMT_002, "L. 3/2003, art. 11; CIPE delibera 24/2004"),
        error(RuleIds.FMT_003, "DPR 605/1973"),
        error(RuleIds.FMT_004, ""),
        error(RuleIds.FMT_005, ""),
        error(RuleIds.FMT_006, "NUTS 2021 (Eurostat); ISO 3166-1"),
        error(RuleIds.FMT_007, ""),
        error(RuleIds.FMT_008, ""));
  }

  /** The executable built-in rules, in catalogue order. */
  public static List<Rule> rules() {
    List<Rule> all = new ArrayList<>();
    all.addAll(CatalogueRules.rules());
    all.addAll(EligibilityRules.rules());
    all.addAll(BudgetRules.rules());
    all.addAll(OverlapRules.rules());
    all.addAll(ReferenceRules.rules());
    all.addAll(MonitoringRules.rules());
    return List.copyOf(all);
  }
}
