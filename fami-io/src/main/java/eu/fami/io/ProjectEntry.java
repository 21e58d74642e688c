package eu.fami.io;

import eu.fami.model.Nullable;
import eu.fami.model.Project;
import eu.fami.model.report.Violation;
import java.util.List;

/**
 * One element of a dataset's {@code projects}, as a {@link DatasetReader} streams it: its index in
 * the document, the project as far as it could be read, its problems and its positions. Pointers,
 * of problems and of the source map alike, are relative to the dataset's root ({@code
 * /projects/12/budget/total}). Immutable.
 */
public final class ProjectEntry {
  private final int index;
  private final Project project;
  private final List<Violation> problems;
  private final SourceMap sourceMap;

  ProjectEntry(int index, Project project, List<Violation> problems, SourceMap sourceMap) {
    this.index = index;
    this.project = project;
    this.problems = List.copyOf(problems);
    this.sourceMap = sourceMap;
  }

  /** The index of the element in {@code projects} (0-based). */
  public int index() {
    return index;
  }

  /** The project; null when the element is not an object (a FAMI-IO-003 problem says so). */
  @Nullable
  public Project project() {
    return project;
  }

  /** The problems found in this element, in document order. */
  public List<Violation> problems() {
    return problems;
  }

  /** Whether a problem is an error. */
  public boolean hasErrors() {
    for (Violation v : problems) {
      if (v.isError()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the value at {@code pointer} (a model pointer, as for {@link SourceMap#locate}), or a
   * value enclosing it, is absent because the reader could not read it (FAMI-IO-003, or
   * FAMI-FMT-004 for a number out of bounds): such a value is reported once, so validation does
   * not report it again as missing.
   */
  public boolean isUnreadable(String pointer) {
    return Unreadable.at(pointer, problems, sourceMap);
  }

  /** Where the project's values are; pointers relative to the dataset's root. */
  public SourceMap sourceMap() {
    return sourceMap;
  }

  @Override
  public String toString() {
    return "ProjectEntry{index=" + index + ", code="
        + (project == null ? null : project.getCode()) + ", problems=" + problems + "}";
  }
}
