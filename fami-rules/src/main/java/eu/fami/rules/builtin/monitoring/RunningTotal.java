package eu.fami.rules.builtin.monitoring;

import java.math.BigDecimal;

/**
 * A cumulative sum of expenditure (corrections included) against a limit. It remembers the entry
 * after which the sum went above the limit and stayed there, so that a finding points at the entry
 * that made the sum excessive; a later correction that brings the sum back within the limit clears
 * it.
 */
final class RunningTotal {
  private final BigDecimal limit;
  private BigDecimal sum = BigDecimal.ZERO;
  private int report = -1;
  private int entry = -1;

  RunningTotal(BigDecimal limit) {
    this.limit = limit;
  }

  /** Adds entry {@code entry} of report {@code report}. */
  void add(BigDecimal amount, int report, int entry) {
    boolean wasAbove = isAbove();
    sum = sum.add(amount);
    if (!isAbove()) {
      this.report = -1;
      this.entry = -1;
    } else if (!wasAbove) {
      this.report = report;
      this.entry = entry;
    }
  }

  /** Whether the sum is above the limit. */
  boolean isAbove() {
    return sum.compareTo(limit) > 0;
  }

  /** The sum so far. */
  BigDecimal sum() {
    return sum;
  }

  /** Pointer of the field {@code field} of the entry that took the sum above the limit. */
  String crossing(String field) {
    return Reports.entry(report, entry, field);
  }
}
