package eu.fami.io.schema;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import eu.fami.model.DocumentKind;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The JSON Schemas (draft 2020-12) of the {@code fami/1} documents, generated from the model: its
 * types, their properties, enumerations and value wrappers, and the field constraints of {@code
 * eu.fami.model.constraints} (required values, amounts, rates, counts, CUPs, places, quarters, sets
 * of plain values). Every object is closed ({@code additionalProperties: false}); {@code format}
 * is {@code fami/1} (or {@code fami/1.0}) and {@code kind} the document's. Inside a dataset, calls
 * and projects may omit {@code period} and {@code programme}; a {@code report} document is flat
 * ({@code project}, {@code quarter}, {@code expenditure}, {@code indicators}).
 *
 * <p>A schema checks the shape of a document and its single values; what needs more than one value
 * (tax code check characters, date order, sums, the catalogue, every FAMI-CAT/ELIG/BUD/OVL/REF/MON
 * rule, unique keys of objects) is the validator's: a document valid against its schema may still
 * be invalid for fami.
 *
 * <pre>{@code String schema = JsonSchemas.of(DocumentKind.PROJECT);}</pre>
 */
public final class JsonSchemas {
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();
  private static final Map<DocumentKind, String> TEXT = new EnumMap<>(DocumentKind.class);

  static {
    for (DocumentKind k : DocumentKind.values()) {
      TEXT.put(k, write(new SchemaGenerator().document(k)));
    }
  }

  private JsonSchemas() {}

  /** The JSON Schema of a {@code kind} document, as canonical JSON text (two-space indent, final newline). */
  public static String of(DocumentKind kind) {
    return TEXT.get(Objects.requireNonNull(kind, "kind"));
  }

  /** The JSON Schema of a {@code kind} document as a tree (a new copy each time). */
  public static JsonNode tree(DocumentKind kind) {
    return new SchemaGenerator().document(Objects.requireNonNull(kind, "kind"));
  }

  private static String write(JsonNode schema) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      g.setPrettyPrinter(printer);
      MAPPER.writeTree(g, schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }
}
