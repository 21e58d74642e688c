package eu.fami.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import eu.fami.model.report.Location;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Severity;
import eu.fami.model.report.Violation;
import eu.fami.rules.Messages;
import eu.fami.rules.RuleSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every finding the budget and reference tables expect renders in Italian and English with every
 * placeholder filled: the argument names match the templates, variants included.
 */
class BudgetAndReferenceMessagesTest {
  private static final Messages MESSAGES = Messages.of(RuleSet.builtIn());

  static Stream<Arguments> everyExpectedFinding() {
    return Stream.of(
            expected(RuleIds.BUD_001, BudgetRulesTest.linesAddUpToTotal()),
            expected(RuleIds.BUD_002, BudgetRulesTest.financingAddsUpToTotal()),
            expected(RuleIds.BUD_003, BudgetRulesTest.partnerHoldsBudget()),
            expected(RuleIds.BUD_004, BudgetCatalogueRulesTest.euShareWithinCap()),
            expected(RuleIds.BUD_005, BudgetRulesTest.euShareWithinCallMaximum()),
            expected(RuleIds.BUD_006, BudgetCatalogueRulesTest.indirectCostsWithinFlatRate()),
            expected(RuleIds.BUD_007, BudgetCatalogueRulesTest.simplifiedCostsForSmallOperations()),
            expected(RuleIds.BUD_008, BudgetRulesTest.grantWithinCallMaximum()),
            expected(RuleIds.BUD_009, BudgetRulesTest.callGrantsWithinAllocation()),
            expected(RuleIds.BUD_010, BudgetRulesTest.callAllocationsWithinProgramme()),
            expected(RuleIds.BUD_011, BudgetCatalogueRulesTest.minimumSharesMet()),
            expected(RuleIds.BUD_012, BudgetRulesTest.declaredSharesMatch()),
            expected(RuleIds.REF_001, ReferenceRulesTest.callInDataset()),
            expected(RuleIds.REF_002, ReferenceRulesTest.projectStatesDatasetProgramme()),
            expected(RuleIds.REF_002, ReferenceRulesTest.callStatesDatasetProgramme()))
        .flatMap(s -> s);
  }

  /** The findings a table expects (its last column), each with the rule id. */
  @SuppressWarnings("unchecked")
  private static Stream<Arguments> expected(String id, Stream<Arguments> table) {
    return table
        .flatMap(row -> ((List<Check.Finding>) row.get()[row.get().length - 1]).stream())
        .map(f -> arguments(id, f.pointer(), f.arguments()));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("everyExpectedFinding")
  void rendersWithEveryPlaceholderFilled(String id, String pointer, Map<String, String> args) {
    Violation v = Violation.builder()
        .rule(id)
        .severity(Severity.ERROR)
        .location(Location.of(pointer))
        .arguments(args)
        .build();
    for (Locale locale : List.of(Messages.ENGLISH, Messages.ITALIAN)) {
      String text = MESSAGES.render(v, locale);
      assertThat(text).as(locale + ": " + text).doesNotContain("{").doesNotStartWith(id);
      args.forEach((name, value) -> {
        if (!name.equals("variant")) {
          assertThat(text).as(locale + ": " + name).contains(value);
        }
      });
    }
  }
}
