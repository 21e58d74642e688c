package eu.fami.model;

import java.util.Objects;

/**
 * A value that is a text as submitted (an identifier or a code), valid or not: two values are equal
 * when they are of the same type and hold the same text, and the text is their string form.
 */
public abstract class SubmittedText {
  private final String text;

  SubmittedText(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /** The text exactly as submitted. */
  final String text() {
    return text;
  }

  /** Whether the text is well formed (and, where there is one, its check character right). */
  public abstract boolean isValid();

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((SubmittedText) o).text.equals(text);
  }

  @Override
  public final int hashCode() {
    return text.hashCode();
  }

  @Override
  public final String toString() {
    return text;
  }
}
