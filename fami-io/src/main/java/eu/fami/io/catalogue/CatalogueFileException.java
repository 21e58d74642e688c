package eu.fami.io.catalogue;

import java.io.IOException;
import java.util.List;

/**
 * A catalogue file that cannot be used: every problem found in it, each with its JSON pointer. The
 * message lists them, one a line, so that it can be shown to the person who wrote the file.
 *
 * <pre>{@code
 * try { CatalogueFiles.read(path); } catch (CatalogueFileException e) { e.problems(); }
 * }</pre>
 */
public final class CatalogueFileException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient List<CatalogueProblem> problems;

  CatalogueFileException(String file, List<CatalogueProblem> problems) {
    super(file + ": invalid catalogue file:\n  " + String.join("\n  ",
        problems.stream().map(CatalogueProblem::toString).toArray(String[]::new)));
    this.problems = List.copyOf(problems);
  }

  /** The problems, in file order. */
  public List<CatalogueProblem> problems() {
    return problems;
  }
}
