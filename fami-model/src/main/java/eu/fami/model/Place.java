package eu.fami.model;

import eu.fami.model.catalogue.Places;
/**
 * A place as submitted: an Italian NUTS 2 code ({@code ITC3}), {@code IT} for national scope, or
 * the ISO 3166-1 alpha-2 code of another country ({@code TN}). The known codes are {@link Places}.
 *
 * <pre>{@code Place.of("ITC3").isItalianRegion() // true}</pre>
 */
public final class Place extends SubmittedText {

  private Place(String code) {
    super(code);
  }

  /** The place holding {@code code} exactly as submitted. */
  public static Place of(String code) {
    return new Place(code);
  }

  /** The submitted code. */
  public String code() {
    return text();
  }

  /** Whether the code is an Italian NUTS 2 code, {@code IT}, or another country's ISO code. */
  @Override
  public boolean isValid() {
    return Places.isKnown(text());
  }

  /** Whether the code is one of Italy's NUTS 2 regions. */
  public boolean isItalianRegion() {
    return Places.isItalianNuts2(text());
  }
}
