package eu.fami.rules.builtin.budget;

import eu.fami.model.Financing;
import eu.fami.model.FundingSource;
import eu.fami.model.Project;
import eu.fami.rules.builtin.Format;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A project's EU share: its {@code EU_AMIF} financing over {@code budget.total}, compared exactly
 * with a cap ({@code EU_AMIF > cap x total}), never rounded. Several {@code EU_AMIF} entries are
 * summed and the share is reported at the first one.
 */
final class EuShare {
  private final BigDecimal eu;
  private final BigDecimal total;
  private final int entry;

  private EuShare(BigDecimal eu, BigDecimal total, int entry) {
    this.eu = eu;
    this.total = total;
    this.entry = entry;
  }

  /**
   * The EU share of {@code project}; empty when it has no {@code EU_AMIF} entry (a share of zero is
   * within any cap), when the total is not positive, or when an amount cannot be judged.
   */
  static Optional<EuShare> of(Project project) {
    Optional<BigDecimal> total = Money.total(project).filter(t -> t.signum() > 0);
    if (total.isEmpty()) {
      return Optional.empty();
    }
    List<Financing> financing = project.getFinancing();
    BigDecimal eu = BigDecimal.ZERO;
    int first = -1;
    for (int i = 0; i < financing.size(); i++) {
      Financing f = financing.get(i);
      if (f.getSource() == FundingSource.EU_AMIF) {
        BigDecimal v = Money.judgeable(f.getAmount());
        if (v == null) {
          return Optional.empty();
        }
        eu = eu.add(v);
        first = first < 0 ? i : first;
      }
    }
    return first < 0 ? Optional.empty() : Optional.of(new EuShare(eu, total.get(), first));
  }

  /** Whether the share is above {@code cap} (a fraction): {@code EU_AMIF > cap x total}. */
  boolean exceeds(BigDecimal cap) {
    return eu.compareTo(cap.multiply(total)) > 0;
  }

  /** Pointer at the amount of the first {@code EU_AMIF} entry. */
  String pointer() {
    return "/financing/" + entry + "/amount";
  }

  /** The share as a percentage that reads on the right side of {@code cap}. */
  String percent(BigDecimal cap) {
    return Format.percent(eu, total, cap);
  }
}
