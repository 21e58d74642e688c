package eu.fami.model.catalogue;

/** STUB. */
public final class Sourced<T> {
  private final T value;
  private final String source;
  private final boolean uncertain;

  private Sourced(T value, String source, boolean uncertain) {
    this.value = value;
    this.source = source;
    this.uncertain = uncertain;
  }

  public static <T> Sourced<T> of(T v, String source) {
    return new Sourced<>(v, source, false);
  }

  public static <T> Sourced<T> uncertain(T v, String source) {
    return new Sourced<>(v, source, true);
  }

  public T value() {
    return value;
  }

  public String source() {
    return source;
  }

  public boolean uncertain() {
    return uncertain;
  }
}
