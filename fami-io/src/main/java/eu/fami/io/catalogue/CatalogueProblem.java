package eu.fami.io.catalogue;

import eu.fami.model.report.Location;

/**
 * What is wrong with a catalogue file, and where: a JSON pointer ({@code /entries/3/table}; empty
 * for the whole file), with line and column where the parser knows them.
 *
 * <pre>{@code new CatalogueProblem(Location.of("/period"), "unknown period \"2028\"")}</pre>
 *
 * @param location where the problem is
 * @param message what is wrong, in English
 */
public record CatalogueProblem(Location location, String message) {
  /** The problem as {@code /entries/3/table: unknown table "X"}. */
  @Override
  public String toString() {
    String where = location.getPointer().isEmpty() ? "(file)" : location.getPointer();
    if (location.hasPosition()) {
      where += " (line " + location.getLine() + ", column " + location.getColumn() + ")";
    }
    return where + ": " + message;
  }
}
