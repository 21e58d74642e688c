package eu.fami.io;

import eu.fami.model.report.Location;
import java.util.Optional;

/**
 * Where the values of a document read from text are: from a JSON pointer to a {@link Location}
 * with line and column (1-based; the column counts characters, not bytes).
 *
 * <p>Pointers are <em>model</em> pointers: a list index counts the elements the model holds. They
 * equal the document's pointers unless the reader dropped an unreadable list element (a number in
 * {@code territory}, say, reported as FAMI-IO-003); then {@code locate("/territory/1")} answers the
 * location of the element that the model holds at index 1, and the returned location's pointer is
 * the document's ({@code /territory/2}). Build violations from the returned location.
 *
 * <p>When the exact pointer is not recorded (a missing value, say {@code /budget/total}), the
 * answer is the position of the nearest enclosing value that is ({@code /budget}), with the
 * requested pointer. Empty when the pointer lies outside what this map covers, or when nothing
 * could be read. Recording is compact (a few ints per value); pointers are built only on lookup.
 */
public interface SourceMap {
  /** The location of the value at {@code jsonPointer} (RFC 6901), or of its nearest known ancestor. */
  Optional<Location> locate(String jsonPointer);

  /** A map that knows no position. */
  static SourceMap empty() {
    return pointer -> Optional.empty();
  }
}
