package eu.fami.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import eu.fami.model.report.Violation;
import java.util.List;

/**
 * Thrown by the {@link FamiModule}'s deserializers when the input has errors: the message lists
 * them, {@link #problems()} holds them (pointers relative to the value being deserialized; line and
 * column as the mapper's parser counts them). {@link FamiJson#read} never throws this; it returns
 * the problems instead.
 */
public final class FamiReadException extends MismatchedInputException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> problems;

  FamiReadException(JsonParser p, Class<?> type, List<Violation> problems) {
    super(p, message(type, problems), type);
    this.problems = List.copyOf(problems);
  }

  /** The problems found, errors and warnings. */
  public List<Violation> problems() {
    return problems;
  }

  private static String message(Class<?> type, List<Violation> problems) {
    StringBuilder sb = new StringBuilder("fami/1 ").append(type.getSimpleName()).append(": ")
        .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    for (Violation v : problems) {
      sb.append("\n  ").append(v.getRule()).append(' ').append(v.getSeverity())
          .append(" at '").append(v.getLocation().getPointer()).append('\'');
      if (v.getLocation().hasPosition()) {
        sb.append(" (line ").append(v.getLocation().getLine()).append(", column ")
            .append(v.getLocation().getColumn()).append(')');
      }
      if (!v.getArguments().isEmpty()) {
        sb.append(' ').append(v.getArguments());
      }
    }
    return sb.toString();
  }
}
