package eu.fami.rules.builtin.budget;

import eu.fami.model.Allocation;
import eu.fami.model.Amount;
import eu.fami.model.Programme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The base on which FAMI-BUD-011 and FAMI-BUD-012 compute an objective's share of a programme: the
 * allocations' {@code euContribution} when every allocation states one (the base of Reg. (EU)
 * 2021/1147 Art 16), their {@code amount} otherwise; the whole is the sum over every allocation,
 * technical assistance included. Shares are computed, never taken from {@code declaredShare}.
 */
final class ShareBase {
  private final String property;
  private final List<Allocation> allocations;
  private final List<BigDecimal> values;
  private final BigDecimal whole;

  private ShareBase(
      String property, List<Allocation> allocations, List<BigDecimal> values, BigDecimal whole) {
    this.property = property;
    this.allocations = allocations;
    this.values = values;
    this.whole = whole;
  }

  /**
   * The base of {@code programme}'s shares; empty without allocations, when one of the base's
   * amounts cannot be judged, or when their sum is zero.
   */
  static Optional<ShareBase> of(Programme programme) {
    List<Allocation> allocations = programme.getAllocations();
    boolean eu = !allocations.isEmpty()
        && allocations.stream().allMatch(a -> a.getEuContribution() != null);
    Function<Allocation, Amount> base = eu ? Allocation::getEuContribution : Allocation::getAmount;
    List<BigDecimal> values = new ArrayList<>();
    BigDecimal whole = BigDecimal.ZERO;
    for (Allocation a : allocations) {
      BigDecimal v = Money.judgeable(base.apply(a));
      if (v == null) {
        return Optional.empty();
      }
      values.add(v);
      whole = whole.add(v);
    }
    return whole.signum() > 0
        ? Optional.of(new ShareBase(eu ? "euContribution" : "amount", allocations, values, whole))
        : Optional.empty();
  }

  /** The sum of every allocation. */
  BigDecimal whole() {
    return whole;
  }

  /** The base value of allocation {@code index}. */
  BigDecimal value(int index) {
    return values.get(index);
  }

  /** The base values of {@code objective}'s allocations, summed. */
  BigDecimal ofObjective(String objective) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < allocations.size(); i++) {
      if (objective.equals(allocations.get(i).getSpecificObjective())) {
        sum = sum.add(values.get(i));
      }
    }
    return sum;
  }

  /**
   * Pointer at the base value of {@code objective}'s first allocation, or at {@code /allocations}
   * when it has none.
   */
  String pointer(String objective) {
    for (int i = 0; i < allocations.size(); i++) {
      if (Objects.equals(objective, allocations.get(i).getSpecificObjective())) {
        return "/allocations/" + i + "/" + property;
      }
    }
    return "/allocations";
  }
}
