package eu.fami.model;

/**
 * A CUP (Codice Unico di Progetto) as submitted. Valid when of the form letter, two digits, letter,
 * eleven digits (15 characters; L. 3/2003 practice). No check character is known, so none is
 * checked.
 *
 * <pre>{@code Cup.of("E89F18000510007").isValid() // true}</pre>
 */
public final class Cup extends SubmittedText {

  private Cup(String value) {
    super(value);
  }

  /** The CUP holding {@code value} exactly as submitted. */
  public static Cup of(String value) {
    return new Cup(value);
  }

  /** The submitted text. */
  public String value() {
    return text();
  }

  /** Whether the text has the CUP form. */
  @Override
  public boolean isValid() {
    if (text().length() != 15) {
      return false;
    }
    for (int i = 0; i < 15; i++) {
      char c = text().charAt(i);
      boolean letter = i == 0 || i == 3;
      if (letter ? (c < 'A' || c > 'Z') : (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
