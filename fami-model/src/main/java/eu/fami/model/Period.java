package eu.fami.model;

import java.util.Optional;

/** A programming period of the Fund; its code is the document spelling ({@code "2021-2027"}). */
public enum Period {
  /** Reg. (EU) 516/2014 and 514/2014. */
  P2014_2020("2014-2020"),
  /** Reg. (EU) 2021/1147 and CPR 2021/1060. */
  P2021_2027("2021-2027");

  private final String code;

  Period(String code) {
    this.code = code;
  }

  /** The spelling used in documents, e.g. {@code 2021-2027}. */
  public String code() {
    return code;
  }

  /** The period spelled {@code code}, if any. */
  public static Optional<Period> fromCode(String code) {
    for (Period p : values()) {
      if (p.code.equals(code)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return code;
  }
}
