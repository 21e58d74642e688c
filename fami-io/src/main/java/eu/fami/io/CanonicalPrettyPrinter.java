package eu.fami.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * The canonical layout: every member and element on its own line, indented by two spaces per
 * level, {@code "name": value}, empty arrays and objects as {@code []} and {@code {}}. One instance
 * per generator (it counts the nesting).
 */
final class CanonicalPrettyPrinter implements PrettyPrinter {
  private static final String NEWLINE_INDENT = "\n" + "  ".repeat(64);
  private int level;

  private void newline(JsonGenerator g) throws IOException {
    int n = 1 + 2 * level;
    if (n <= NEWLINE_INDENT.length()) {
      g.writeRaw(NEWLINE_INDENT, 0, n);
    } else {
      g.writeRaw('\n');
      g.writeRaw("  ".repeat(level));
    }
  }

  @Override
  public void writeRootValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw('\n');
  }

  @Override
  public void writeStartObject(JsonGenerator g) throws IOException {
    g.writeRaw('{');
    level++;
  }

  @Override
  public void beforeObjectEntries(JsonGenerator g) throws IOException {
    newline(g);
  }

  @Override
  public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(": ");
  }

  @Override
  public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    newline(g);
  }

  @Override
  public void writeEndObject(JsonGenerator g, int entries) throws IOException {
    level--;
    if (entries > 0) {
      newline(g);
    }
    g.writeRaw('}');
  }

  @Override
  public void writeStartArray(JsonGenerator g) throws IOException {
    g.writeRaw('[');
    level++;
  }

  @Override
  public void beforeArrayValues(JsonGenerator g) throws IOException {
    newline(g);
  }

  @Override
  public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
    g.writeRaw(',');
    newline(g);
  }

  @Override
  public void writeEndArray(JsonGenerator g, int values) throws IOException {
    level--;
    if (values > 0) {
      newline(g);
    }
    g.writeRaw(']');
  }
}
