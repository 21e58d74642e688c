package eu.fami.model;

import eu.fami.model.catalogue.Places;
import java.util.Objects;

/**
 * A place as submitted: an Italian NUTS 2 code ({@code ITC3}), {@code IT} for national scope, or
 * the ISO 3166-1 alpha-2 code of another country ({@code TN}). The known codes are {@link Places}.
 *
 * <pre>{@code Place.of("ITC3").isItalianRegion() // true}</pre>
 */
public final class Place {
  private final String code;

  private Place(String code) {
    this.code = Objects.requireNonNull(code, "code");
  }

  /** The place holding {@code code} exactly as submitted. */
  public static Place of(String code) {
    return new Place(code);
  }

  /** The submitted code. */
  public String code() {
    return code;
  }

  /** Whether the code is an Italian NUTS 2 code, {@code IT}, or another country's ISO code. */
  public boolean isValid() {
    return Places.isKnown(code);
  }

  /** Whether the code is one of Italy's NUTS 2 regions. */
  public boolean isItalianRegion() {
    return Places.isItalianNuts2(code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Place && ((Place) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
