package eu.fami.model.report;

import org.immutables.value.Value;

/**
 * Where a violation is: a JSON pointer into the document ({@code /budget/lines/3/amount}), and the
 * line and column (1-based) when the document was read from text; 0 when unknown.
 *
 * <pre>{@code Location.of("/financing/0/amount", 71, 20)}</pre>
 */
@Value.Immutable
public interface Location {
  /** JSON pointer (RFC 6901); empty for the whole document. */
  @Value.Parameter
  String getPointer();

  /** Line, 1-based; 0 when unknown. */
  @Value.Parameter
  int getLine();

  /** Column, 1-based; 0 when unknown. */
  @Value.Parameter
  int getColumn();

  /** Whether line and column are known. */
  default boolean hasPosition() {
    return getLine() > 0;
  }

  /** A location with a pointer and a position. */
  static Location of(String pointer, int line, int column) {
    return ImmutableLocation.of(pointer, line, column);
  }

  /** A location known only by its pointer. */
  static Location of(String pointer) {
    return ImmutableLocation.of(pointer, 0, 0);
  }
}
