package eu.fami.model.catalogue;

import eu.fami.model.Amount;
import eu.fami.model.IndirectCostMethod;
import eu.fami.model.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The figures of a {@link Catalogue} and their keys. A key is the figure's name, followed for a
 * qualified figure by a dot and the qualifier:
 *
 * <ul>
 *   <li>{@code eligibleFrom}, {@code eligibleTo}: the eligibility window (dates);
 *   <li>{@code defaultImplementationModality}: the modality of a project that states none (a code
 *       of {@link Table#IMPLEMENTATION_MODALITY});
 *   <li>{@code coFinancingCap.<modality>}: the EU share cap of an implementation modality ({@code
 *       coFinancingCap.001});
 *   <li>{@code technicalAssistanceCap}: the EU share cap of technical assistance;
 *   <li>{@code indirectCostCeiling.<method>}: the ceiling of an {@link IndirectCostMethod} other
 *       than {@code NONE} ({@code indirectCostCeiling.FLAT_RATE_STAFF_COSTS});
 *   <li>{@code minimumShare.<objective>}: an objective's minimum share of the programme ({@code
 *       minimumShare.OS1});
 *   <li>{@code realCostsThreshold}: total cost (EUR) up to which real costs are not allowed;
 *   <li>{@code annexIvModality}: the implementation modality of actions listed in Annex IV (a code
 *       of {@link Table#IMPLEMENTATION_MODALITY}), required when the catalogue has Annex IV
 *       categories.
 * </ul>
 *
 * <p>Rates are fractions from 0 to 1 with at most 10 decimals; amounts are valid {@link Amount}s.
 *
 * <pre>{@code Figure.CO_FINANCING_CAP.key("001") // "coFinancingCap.001"}</pre>
 */
public enum Figure {
  ELIGIBLE_FROM("eligibleFrom", Kind.DATE, false),
  ELIGIBLE_TO("eligibleTo", Kind.DATE, false),
  DEFAULT_IMPLEMENTATION_MODALITY("defaultImplementationModality", Kind.CODE, false),
  CO_FINANCING_CAP("coFinancingCap", Kind.RATE, true),
  TECHNICAL_ASSISTANCE_CAP("technicalAssistanceCap", Kind.RATE, false),
  INDIRECT_COST_CEILING("indirectCostCeiling", Kind.RATE, true),
  MINIMUM_SHARE("minimumShare", Kind.RATE, true),
  REAL_COSTS_THRESHOLD("realCostsThreshold", Kind.AMOUNT, false),
  ANNEX_IV_MODALITY("annexIvModality", Kind.CODE, false);

  /** The kind of value a figure holds. */
  public enum Kind {
    /** A {@link LocalDate}. */
    DATE(LocalDate.class),
    /** A code ({@link String}). */
    CODE(String.class),
    /** A fraction from 0 to 1 ({@link BigDecimal}). */
    RATE(BigDecimal.class),
    /** An amount in euro ({@link BigDecimal}). */
    AMOUNT(BigDecimal.class);

    private final Class<?> type;

    Kind(Class<?> type) {
      this.type = type;
    }

    /** The Java type of the value. */
    public Class<?> type() {
      return type;
    }
  }

  private static final int MAX_RATE_DECIMALS = 10;

  private final String name;
  private final Kind kind;
  private final boolean qualified;

  Figure(String name, Kind kind, boolean qualified) {
    this.name = name;
    this.kind = kind;
    this.qualified = qualified;
  }

  /** The key of an unqualified figure, the prefix of a qualified one ({@code coFinancingCap}). */
  public String key() {
    return name;
  }

  /** The key of a qualified figure ({@code coFinancingCap.001}). */
  public String key(String qualifier) {
    if (!qualified) {
      throw new IllegalArgumentException(name + " takes no qualifier");
    }
    return name + "." + qualifier;
  }

  /** Whether the key needs a qualifier. */
  public boolean isQualified() {
    return qualified;
  }

  /** The kind of value. */
  public Kind kind() {
    return kind;
  }

  /** The figure a key names ({@code coFinancingCap.001} names {@link #CO_FINANCING_CAP}), if any. */
  public static Optional<Figure> forKey(String key) {
    int dot = key.indexOf('.');
    String prefix = dot < 0 ? key : key.substring(0, dot);
    for (Figure f : values()) {
      if (f.name.equals(prefix) && f.qualified == (dot > 0 && dot < key.length() - 1)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The qualifier of a key ({@code 001} of {@code coFinancingCap.001}); empty if none. */
  static String qualifier(String key) {
    int dot = key.indexOf('.');
    return dot < 0 ? "" : key.substring(dot + 1);
  }

  /**
   * Why {@code value} cannot be this figure's value under {@code key}, or {@code null} if it can.
   */
  static String problem(String key, Object value) {
    Figure f = forKey(key).orElse(null);
    if (f == null) {
      return "unknown figure \"" + key + "\"";
    }
    if (!f.kind.type().isInstance(value)) {
      return key + " must be a " + f.kind.type().getSimpleName();
    }
    if (f == INDIRECT_COST_CEILING && !isCeilingMethod(qualifier(key))) {
      return key + ": the qualifier must be FLAT_RATE_DIRECT_COSTS, FLAT_RATE_STAFF_COSTS or"
          + " CALCULATED_RATE";
    }
    if (f.kind == Kind.RATE && !isRate((BigDecimal) value)) {
      return key + " must be a rate from 0 to 1 with at most " + MAX_RATE_DECIMALS + " decimals";
    }
    if (f.kind == Kind.AMOUNT && !Amount.of((BigDecimal) value).isValid()) {
      return key + " must be an amount from 0 to 10^13 EUR with at most 2 decimals";
    }
    if (f.kind == Kind.CODE && ((String) value).isBlank()) {
      return key + " must not be blank";
    }
    return null;
  }

  private static boolean isCeilingMethod(String qualifier) {
    for (IndirectCostMethod m : IndirectCostMethod.values()) {
      if (m != IndirectCostMethod.NONE && m.name().equals(qualifier)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isRate(BigDecimal value) {
    return Rate.of(value).isValid() && value.stripTrailingZeros().scale() <= MAX_RATE_DECIMALS;
  }
}
