package eu.fami.rules.builtin.budget;

import eu.fami.model.Amount;
import eu.fami.model.Budget;
import eu.fami.model.Financing;
import eu.fami.model.Project;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * Exact arithmetic on the amounts a budget rule can judge: present and valid (not negative, below
 * 10^13, at most two decimals). Any other amount is FAMI-FMT-001's or FAMI-FMT-004's, so a sum
 * that needs one is not computed (no follow-on finding).
 */
final class Money {
  private Money() {}

  /** The value of {@code amount} if a rule can judge it, otherwise null. */
  static BigDecimal judgeable(Amount amount) {
    return amount != null && amount.isValid() ? amount.value() : null;
  }

  /** The exact sum of the amounts of {@code items}; empty if any of them cannot be judged. */
  static <T> Optional<BigDecimal> sum(Iterable<T> items, Function<T, Amount> amount) {
    BigDecimal sum = BigDecimal.ZERO;
    for (T item : items) {
      BigDecimal v = judgeable(amount.apply(item));
      if (v == null) {
        return Optional.empty();
      }
      sum = sum.add(v);
    }
    return Optional.of(sum);
  }

  /** The project's {@code budget.total}, if it can be judged. */
  static Optional<BigDecimal> total(Project project) {
    Budget budget = project.getBudget();
    return Optional.ofNullable(budget == null ? null : judgeable(budget.getTotal()));
  }

  /**
   * The project's grant: its {@code EU_AMIF} plus {@code NATIONAL_ROTATION_FUND} financing; empty
   * if one of those amounts cannot be judged.
   */
  static Optional<BigDecimal> grant(Project project) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Financing f : project.getFinancing()) {
      if (isGrant(f)) {
        BigDecimal v = judgeable(f.getAmount());
        if (v == null) {
          return Optional.empty();
        }
        sum = sum.add(v);
      }
    }
    return Optional.of(sum);
  }

  /** Whether {@code entry} is part of the grant. */
  static boolean isGrant(Financing entry) {
    return entry.getSource() != null && entry.getSource().isGrant();
  }
}
