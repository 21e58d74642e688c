package eu.fami.io.catalogue;

import static eu.fami.io.catalogue.Fields.ANNEX_IV;
import static eu.fami.io.catalogue.Fields.CODE;
import static eu.fami.io.catalogue.Fields.CONDITIONS;
import static eu.fami.io.catalogue.Fields.ENTRIES;
import static eu.fami.io.catalogue.Fields.FIGURES;
import static eu.fami.io.catalogue.Fields.FORMAT;
import static eu.fami.io.catalogue.Fields.LABEL_EN;
import static eu.fami.io.catalogue.Fields.LABEL_IT;
import static eu.fami.io.catalogue.Fields.LEAD_LEGAL_FORMS;
import static eu.fami.io.catalogue.Fields.MEASURE;
import static eu.fami.io.catalogue.Fields.OBJECTIVE;
import static eu.fami.io.catalogue.Fields.PARENT;
import static eu.fami.io.catalogue.Fields.PERIOD;
import static eu.fami.io.catalogue.Fields.SCOPES;
import static eu.fami.io.catalogue.Fields.SOURCE;
import static eu.fami.io.catalogue.Fields.TABLE;
import static eu.fami.io.catalogue.Fields.TARGET_GROUPS;
import static eu.fami.io.catalogue.Fields.UNCERTAIN;
import static eu.fami.io.catalogue.Fields.VALUE;
import static eu.fami.io.catalogue.Fields.VERSION;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.json.JsonMapper;
import eu.fami.model.catalogue.AnnexIvCategory;
import eu.fami.model.catalogue.AnnexIvCondition;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.catalogue.CatalogueEntry;
import eu.fami.model.catalogue.Sourced;
import eu.fami.model.catalogue.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Writes a catalogue canonically: properties in a fixed order, absent values and {@code
 * uncertain: false} omitted, numbers in plain notation, and each entry, figure, target-group list
 * and Annex IV category on one line, so that two versions of a catalogue diff line by line.
 */
final class CatalogueFileWriter {
  private static final Separators SPACING = Separators.createDefaultInstance()
      .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
  private static final DefaultPrettyPrinter BLOCK = new DefaultPrettyPrinter(SPACING)
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  private static final DefaultPrettyPrinter LINE = new DefaultPrettyPrinter(SPACING)
      .withObjectIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);

  /** Writes one item on one line. */
  private interface Item {
    void write(JsonGenerator g) throws IOException;
  }

  private final JsonMapper mapper;

  CatalogueFileWriter(JsonMapper mapper) {
    this.mapper = mapper;
  }

  void write(Catalogue c, OutputStream out) throws IOException {
    try (JsonGenerator g = mapper.createGenerator(out, JsonEncoding.UTF8)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter(BLOCK));
      g.writeStartObject();
      g.writeStringField(FORMAT, CatalogueFiles.FORMAT);
      g.writeStringField(PERIOD, c.period().code());
      g.writeStringField(VERSION, c.version());
      g.writeArrayFieldStart(ENTRIES);
      for (Table t : Table.values()) {
        for (CatalogueEntry e : c.entries(t)) {
          line(g, eg -> entry(eg, e));
        }
      }
      g.writeEndArray();
      g.writeObjectFieldStart(FIGURES);
      for (Map.Entry<String, Sourced<?>> f : c.figures().entrySet()) {
        g.writeFieldName(f.getKey());
        line(g, fg -> sourced(fg, f.getValue()));
      }
      g.writeEndObject();
      g.writeObjectFieldStart(TARGET_GROUPS);
      for (Map.Entry<String, ? extends Sourced<?>> t : c.targetGroupTable().entrySet()) {
        g.writeFieldName(t.getKey());
        line(g, tg -> sourced(tg, t.getValue()));
      }
      g.writeEndObject();
      g.writeArrayFieldStart(ANNEX_IV);
      for (AnnexIvCategory category : c.annexIvCategories()) {
        line(g, ag -> category(ag, category));
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
  }

  /** Writes an item as one line: rendered apart, then inserted as a raw value. */
  private void line(JsonGenerator g, Item item) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator lg = mapper.createGenerator(text)) {
      lg.setPrettyPrinter(new DefaultPrettyPrinter(LINE));
      item.write(lg);
    }
    g.writeRawValue(text.toString());
  }

  private static void entry(JsonGenerator g, CatalogueEntry e) throws IOException {
    g.writeStartObject();
    g.writeStringField(TABLE, e.getTable().name());
    g.writeStringField(CODE, e.getCode());
    optional(g, OBJECTIVE, e.getObjective());
    optional(g, PARENT, e.getParent());
    g.writeStringField(LABEL_IT, e.getLabelIt());
    g.writeStringField(LABEL_EN, e.getLabelEn());
    g.writeStringField(SOURCE, e.getSource());
    uncertain(g, e.isUncertain());
    g.writeEndObject();
  }

  private static void sourced(JsonGenerator g, Sourced<?> s) throws IOException {
    g.writeStartObject();
    g.writeFieldName(VALUE);
    Object value = s.value();
    if (value instanceof BigDecimal) {
      g.writeNumber((BigDecimal) value);
    } else if (value instanceof Collection) {
      strings(g, (Collection<?>) value);
    } else {
      g.writeString(value.toString()); // a date (ISO) or a code
    }
    g.writeStringField(SOURCE, s.source());
    uncertain(g, s.uncertain());
    g.writeEndObject();
  }

  private static void category(JsonGenerator g, AnnexIvCategory category) throws IOException {
    g.writeStartObject();
    g.writeStringField(CODE, category.getCode());
    g.writeStringField(SOURCE, category.getSource());
    g.writeArrayFieldStart(CONDITIONS);
    for (AnnexIvCondition c : category.getConditions()) {
      g.writeStartObject();
      optional(g, OBJECTIVE, c.getObjective());
      optional(g, MEASURE, c.getMeasure());
      optionalStrings(g, SCOPES, c.getScopes());
      optionalStrings(g, LEAD_LEGAL_FORMS, c.getLeadLegalForms());
      optionalStrings(g, TARGET_GROUPS, c.getTargetGroups());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private static void optionalStrings(JsonGenerator g, String name, Collection<?> values)
      throws IOException {
    if (!values.isEmpty()) {
      g.writeFieldName(name);
      strings(g, values);
    }
  }

  private static void strings(JsonGenerator g, Collection<?> values) throws IOException {
    g.writeStartArray();
    for (Object v : values) {
      g.writeString(v.toString());
    }
    g.writeEndArray();
  }

  private static void uncertain(JsonGenerator g, boolean uncertain) throws IOException {
    if (uncertain) {
      g.writeBooleanField(UNCERTAIN, true);
    }
  }
}
