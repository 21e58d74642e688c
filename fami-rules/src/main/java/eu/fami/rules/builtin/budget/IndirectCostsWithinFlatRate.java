package eu.fami.rules.builtin.budget;

import eu.fami.model.Budget;
import eu.fami.model.BudgetLine;
import eu.fami.model.CostCategory;
import eu.fami.model.IndirectCostMethod;
import eu.fami.model.IndirectCosts;
import eu.fami.model.Rate;
import eu.fami.model.catalogue.Sourced;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.builtin.Format;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * FAMI-BUD-006 (CPR Art 54): per partner, the {@code INDIRECT} lines do not exceed the flat rate
 * times that partner's base, rounded half-up to the cent; the base is the partner's direct costs
 * (every other line), or its {@code STAFF} lines under {@code FLAT_RATE_STAFF_COSTS}; without a
 * declared rate the method's ceiling is the rate. The declared rate must not exceed the method's
 * ceiling in the catalogue (variant {@code rate}). Under method {@code NONE}, or with no method
 * declared, a partner's positive indirect costs have no flat rate to rest on (variant {@code
 * none}). A partner with a line of unknown category or unjudgeable amount is not judged.
 */
public final class IndirectCostsWithinFlatRate implements ProjectRule {
  private static final RuleDefinition DEFINITION =
      Definitions.error(RuleIds.BUD_006, "Reg. (EU) 2021/1060, Art. 54", Requirement.CATALOGUE);

  /** The rule. */
  public IndirectCostsWithinFlatRate() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    Budget budget = scope.getProject().getBudget();
    if (budget == null) {
      return;
    }
    IndirectCosts declared = budget.getIndirectCosts();
    IndirectCostMethod method = declared == null || declared.getMethod() == null
        ? IndirectCostMethod.NONE
        : declared.getMethod();
    Map<String, PartnerCosts> partners = partnerCosts(budget.getLines(), method);
    if (method == IndirectCostMethod.NONE) {
      partners.forEach((partner, costs) -> {
        if (costs.exceeds(BigDecimal.ZERO)) {
          findings.report(costs.pointer(), "partner", partner,
              "indirect", Format.amount(costs.indirect), "variant", "none");
        }
      });
      return;
    }
    Optional<BigDecimal> ceiling =
        scope.catalogue().indirectCostCeiling(method).map(Sourced::value);
    Rate rate = declared.getRate();
    if (rate != null && !rate.isValid()) {
      return; // FAMI-FMT-004
    }
    if (rate != null && ceiling.isPresent() && rate.value().compareTo(ceiling.get()) > 0) {
      findings.report("/budget/indirectCosts/rate", "rate", Format.percent(rate.value()),
          "ceiling", Format.percent(ceiling.get()), "method", method.name(), "variant", "rate");
    }
    Optional<BigDecimal> applied = rate != null ? Optional.of(rate.value()) : ceiling;
    applied.ifPresent(r -> partners.forEach((partner, costs) -> {
      BigDecimal allowed = r.multiply(costs.base).setScale(2, RoundingMode.HALF_UP);
      if (costs.exceeds(allowed)) {
        findings.report(costs.pointer(), "partner", partner,
            "indirect", Format.amount(costs.indirect), "rate", Format.percent(r),
            "allowed", Format.amount(allowed));
      }
    }));
  }

  /** The partners' bases and indirect costs, in the order of their first line. */
  private static Map<String, PartnerCosts> partnerCosts(
      List<BudgetLine> lines, IndirectCostMethod method) {
    Map<String, PartnerCosts> partners = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine line = lines.get(i);
      if (line.getPartner() != null) {
        partners.computeIfAbsent(line.getPartner(), p -> new PartnerCosts()).add(line, i, method);
      }
    }
    return partners;
  }

  /** One partner's base and indirect costs. */
  private static final class PartnerCosts {
    BigDecimal base = BigDecimal.ZERO;
    BigDecimal indirect = BigDecimal.ZERO;
    int firstIndirectLine = -1;
    boolean judgeable = true;

    void add(BudgetLine line, int index, IndirectCostMethod method) {
      BigDecimal amount = Money.judgeable(line.getAmount());
      CostCategory category = line.getCategory();
      if (amount == null || category == null) {
        judgeable = false;
      } else if (category == CostCategory.INDIRECT) {
        indirect = indirect.add(amount);
        firstIndirectLine = firstIndirectLine < 0 ? index : firstIndirectLine;
      } else if (method != IndirectCostMethod.FLAT_RATE_STAFF_COSTS
          || category == CostCategory.STAFF) {
        base = base.add(amount);
      }
    }

    /** Whether the partner can be judged and has indirect costs above {@code allowed}. */
    boolean exceeds(BigDecimal allowed) {
      return judgeable && firstIndirectLine >= 0 && indirect.compareTo(allowed) > 0;
    }

    /** The amount of the partner's first INDIRECT line. */
    String pointer() {
      return "/budget/lines/" + firstIndirectLine + "/amount";
    }
  }
}
