package eu.fami.testkit.internal;

import eu.fami.model.Amount;
import eu.fami.model.Budget;
import eu.fami.model.BudgetLine;
import eu.fami.model.CostCategory;
import eu.fami.model.CostMethod;
import eu.fami.model.Financing;
import eu.fami.model.FundingSource;
import eu.fami.model.IndirectCostMethod;
import eu.fami.model.IndirectCosts;
import eu.fami.model.Period;
import eu.fami.model.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact budget arithmetic in cents: lines that add up to the total to the cent, flat-rate indirect
 * costs per partner that never exceed the rate, financing that adds up to the total.
 *
 * <p>Each partner's indirect costs are its direct costs times the rate, rounded down to the cent;
 * the last partner's absorb the total's remainder and may be rounded up instead, never above the
 * rate rounded half-up (FAMI-BUD-006's measure).
 *
 * <pre>{@code Budgets.budget(Period.P2021_2027, plans, Budgets.FLAT_RATE, 138_565_000L)}</pre>
 */
public final class Budgets {
  /** The flat rate the testkit declares: 7% of direct costs (CPR Art 54(a)). */
  public static final BigDecimal FLAT_RATE = new BigDecimal("0.07");

  /** Up to this total (EUR 200 000), a 2021-2027 project may not use real costs (CPR Art 53(2)). */
  private static final long REAL_COSTS_THRESHOLD = 20_000_000L;

  private Budgets() {}

  /**
   * What one partner plans to spend: direct costs per category, used as weights when the budget is
   * scaled to a total, and whether it claims flat-rate indirect costs.
   */
  public record Plan(String partner, Map<CostCategory, Long> direct, boolean indirect) {
    /** Checks the plan has direct costs, and copies them. */
    public Plan {
      if (direct.isEmpty()) {
        throw new IllegalArgumentException("a plan needs direct costs: " + partner);
      }
      direct = Collections.unmodifiableMap(new LinkedHashMap<>(direct));
    }

    long directCents() {
      return direct.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** The cents of {@code amount}, which must have at most two decimals. */
  public static long cents(Amount amount) {
    return amount.value().movePointRight(2).longValueExact();
  }

  /** The amount of {@code cents}. */
  public static Amount amount(long cents) {
    return Amount.of(BigDecimal.valueOf(cents, 2));
  }

  /** The total when every partner's direct costs are exactly its plan's. */
  public static long naturalTotal(List<Plan> plans, BigDecimal rate) {
    long total = 0;
    for (Plan p : plans) {
      total += p.directCents() + indirect(p, rate, p.directCents());
    }
    return total;
  }

  /**
   * The form of grant of a project of {@code totalCents}: real costs unless the total forbids them.
   */
  private static CostMethod costMethod(Period period, long totalCents) {
    return period == Period.P2021_2027 && totalCents <= REAL_COSTS_THRESHOLD
        ? CostMethod.MIXED_SIMPLIFIED
        : CostMethod.REAL_COSTS;
  }

  /** A budget of exactly {@code totalCents}, its lines in proportion to the plans. */
  public static Budget budget(Period period, List<Plan> plans, BigDecimal rate, long totalCents) {
    return Budget.builder()
        .costMethod(costMethod(period, totalCents))
        .indirectCosts(
            IndirectCosts.builder()
                .method(IndirectCostMethod.FLAT_RATE_DIRECT_COSTS)
                .rate(Rate.of(rate))
                .build())
        .lines(lines(plans, rate, totalCents))
        .total(amount(totalCents))
        .build();
  }

  /** {@code budget} scaled to {@code totalCents}, keeping its partners, categories and rate. */
  public static Budget rescale(Period period, Budget budget, long totalCents) {
    Map<String, Map<CostCategory, Long>> direct = new LinkedHashMap<>();
    Map<String, Boolean> indirect = new LinkedHashMap<>();
    for (BudgetLine l : budget.getLines()) {
      indirect.merge(l.getPartner(), l.getCategory() == CostCategory.INDIRECT, Boolean::logicalOr);
      if (l.getCategory() != CostCategory.INDIRECT) {
        direct
            .computeIfAbsent(l.getPartner(), p -> new LinkedHashMap<>())
            .merge(l.getCategory(), cents(l.getAmount()), Long::sum);
      }
    }
    List<Plan> plans = new ArrayList<>();
    direct.forEach((partner, costs) -> plans.add(new Plan(partner, costs, indirect.get(partner))));
    IndirectCosts ic = budget.getIndirectCosts();
    BigDecimal rate = ic != null && ic.getRate() != null ? ic.getRate().value() : FLAT_RATE;
    return budget(period, plans, rate, totalCents);
  }

  /**
   * Lines adding up to exactly {@code totalCents}: each partner's direct lines in proportion to its
   * plan, followed by its {@code INDIRECT} line.
   */
  private static List<BudgetLine> lines(List<Plan> plans, BigDecimal rate, long totalCents) {
    if (plans.isEmpty() || totalCents < 0) {
      throw new IllegalArgumentException("no budget of " + totalCents + " cents for " + plans);
    }
    // direct costs d_p = T * w_p / sum((1 + r_p) * w_p), rounded down, so that what is left for the
    // last partner is never negative
    BigDecimal weighted = BigDecimal.ZERO;
    for (Plan p : plans) {
      weighted =
          weighted.add(
              BigDecimal.valueOf(p.directCents()).multiply(BigDecimal.ONE.add(rateOf(p, rate))));
    }
    List<BudgetLine> out = new ArrayList<>();
    long left = totalCents;
    for (int i = 0; i < plans.size() - 1; i++) {
      Plan p = plans.get(i);
      long direct =
          weighted.signum() == 0
              ? 0
              : BigDecimal.valueOf(totalCents)
                  .multiply(BigDecimal.valueOf(p.directCents()))
                  .divide(weighted, 0, RoundingMode.DOWN)
                  .longValueExact();
      long indirect = indirect(p, rate, direct);
      addLines(out, p, direct, indirect);
      left -= direct + indirect;
    }
    Plan last = plans.get(plans.size() - 1);
    long direct =
        BigDecimal.valueOf(left)
            .divide(BigDecimal.ONE.add(rateOf(last, rate)), 0, RoundingMode.CEILING)
            .longValueExact();
    long indirect = left - direct;
    if (indirect < indirect(last, rate, direct)) {
      // one cent more of indirect costs, on a cent less of direct costs, is still within the rate
      // rounded half-up: the only integer in (r * d, r * d + r] is reached only when frac(r * d) >=
      // 1 - r
      direct--;
      indirect++;
    }
    addLines(out, last, direct, indirect);
    return out;
  }

  /**
   * Financing of {@code totalCents}: {@code euShare} of it (rounded down) from the EU, the rest
   * national.
   */
  public static List<Financing> financing(long totalCents, BigDecimal euShare) {
    long eu =
        BigDecimal.valueOf(totalCents)
            .multiply(euShare)
            .setScale(0, RoundingMode.DOWN)
            .longValueExact();
    return List.of(
        Financing.builder().source(FundingSource.EU_AMIF).amount(amount(eu)).build(),
        Financing.builder()
            .source(FundingSource.NATIONAL_ROTATION_FUND)
            .amount(amount(totalCents - eu))
            .build());
  }

  private static BigDecimal rateOf(Plan p, BigDecimal rate) {
    return p.indirect() ? rate : BigDecimal.ZERO;
  }

  private static long indirect(Plan p, BigDecimal rate, long direct) {
    return BigDecimal.valueOf(direct)
        .multiply(rateOf(p, rate))
        .setScale(0, RoundingMode.DOWN)
        .longValueExact();
  }

  private static void addLines(List<BudgetLine> out, Plan p, long direct, long indirect) {
    long weights = p.directCents();
    long left = direct;
    int n = 0;
    for (Map.Entry<CostCategory, Long> e : p.direct().entrySet()) {
      boolean lastLine = ++n == p.direct().size();
      long amount =
          lastLine
              ? left
              : weights == 0
                  ? 0
                  : BigDecimal.valueOf(direct)
                      .multiply(BigDecimal.valueOf(e.getValue()))
                      .divide(BigDecimal.valueOf(weights), 0, RoundingMode.DOWN)
                      .longValueExact();
      out.add(line(p.partner(), e.getKey(), amount));
      left -= amount;
    }
    if (p.indirect()) {
      out.add(line(p.partner(), CostCategory.INDIRECT, indirect));
    }
  }

  private static BudgetLine line(String partner, CostCategory category, long cents) {
    return BudgetLine.builder().partner(partner).category(category).amount(amount(cents)).build();
  }
}
