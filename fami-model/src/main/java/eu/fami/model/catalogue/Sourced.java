package eu.fami.model.catalogue;

import java.util.Objects;

/**
 * A figure of the catalogue with its legal source; {@code uncertain} when the source is not verified
 * (marked [?]), so that the figure is a parameter to check and override rather than a certainty.
 *
 * <pre>{@code Sourced.of(new BigDecimal("0.75"), "Reg. (EU) 2021/1147, Art 15(1)")}</pre>
 *
 * @param <T> the type of the value
 */
public final class Sourced<T> {
  private final T value;
  private final String source;
  private final boolean uncertain;

  private Sourced(T value, String source, boolean uncertain) {
    this.value = Objects.requireNonNull(value, "value");
    this.source = Objects.requireNonNull(source, "source");
    this.uncertain = uncertain;
    if (source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank");
    }
  }

  /** A verified value and its source. */
  public static <T> Sourced<T> of(T value, String source) {
    return new Sourced<>(value, source, false);
  }

  /** A value whose source is not verified. */
  public static <T> Sourced<T> uncertain(T value, String source) {
    return new Sourced<>(value, source, true);
  }

  /** A value and its source, verified or not. */
  public static <T> Sourced<T> of(T value, String source, boolean uncertain) {
    return new Sourced<>(value, source, uncertain);
  }

  /** The value. */
  public T value() {
    return value;
  }

  /** The legal source ({@code Reg. (EU) 2021/1147, Art 15(1)}). */
  public String source() {
    return source;
  }

  /** Whether the source is not verified. */
  public boolean uncertain() {
    return uncertain;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Sourced)) {
      return false;
    }
    Sourced<?> s = (Sourced<?>) o;
    return value.equals(s.value) && source.equals(s.source) && uncertain == s.uncertain;
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, source, uncertain);
  }

  @Override
  public String toString() {
    return value + " (" + source + (uncertain ? ", uncertain" : "") + ")";
  }
}
