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

import com.fasterxml.jackson.databind.JsonNode;
import eu.fami.model.LegalForm;
import eu.fami.model.Period;
import eu.fami.model.TargetGroup;
import eu.fami.model.catalogue.AnnexIvCategory;
import eu.fami.model.catalogue.AnnexIvCondition;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.catalogue.CatalogueEntry;
import eu.fami.model.catalogue.Figure;
import eu.fami.model.catalogue.Sourced;
import eu.fami.model.catalogue.Table;
import eu.fami.model.report.Location;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads one catalogue file's JSON tree onto a base catalogue, collecting every problem with its
 * JSON pointer rather than stopping at the first. Not thread-safe: one instance per file.
 */
final class CatalogueFileReader {
  private final String file;
  private final List<CatalogueProblem> problems = new ArrayList<>();
  private String defaultSource;

  CatalogueFileReader(String file) {
    this.file = file;
  }

  Catalogue read(JsonNode root, Function<Period, Catalogue> bases) throws CatalogueFileException {
    if (!root.isObject()) {
      problem("", "a catalogue file is a JSON object, found " + type(root));
      throw failure();
    }
    checkKeys(root, "", Fields.TOP);
    String format = text(root, FORMAT, "", true);
    boolean known = CatalogueFiles.FORMAT.equals(format);
    if (format != null && !known) {
      problem("/" + FORMAT, "unsupported format \"" + format + "\"; expected \""
          + CatalogueFiles.FORMAT + "\"");
    }
    String periodCode = text(root, PERIOD, "", true);
    Period period = periodCode == null ? null : Period.fromCode(periodCode).orElse(null);
    if (periodCode != null && period == null) {
      problem("/" + PERIOD, "unknown period \"" + periodCode + "\"; expected one of "
          + Arrays.toString(Arrays.stream(Period.values()).map(Period::code).toArray()));
    }
    text(root, VERSION, "", false); // informational: the version is recomputed from the content
    String source = text(root, SOURCE, "", false);
    defaultSource = source != null ? source : "catalogue file " + file;
    if (!known || period == null) {
      throw failure(); // another format or no period: the rest cannot be read
    }
    Catalogue base = bases.apply(period);
    if (base.period() != period) {
      problem("/" + PERIOD, "the file is for " + period + " but amends a " + base.period()
          + " catalogue");
      throw failure();
    }
    Catalogue.Builder builder = base.toBuilder();
    entries(root, builder);
    figures(root, builder);
    targetGroups(root, builder);
    annexIv(root, builder);
    if (problems.isEmpty()) {
      builder.problems().forEach(p -> problem("", p));
    }
    if (!problems.isEmpty()) {
      throw failure();
    }
    return builder.build();
  }

  private void entries(JsonNode root, Catalogue.Builder builder) {
    Set<String> seen = new HashSet<>();
    forEachElement(root, ENTRIES, "", (n, p) -> {
      checkKeys(n, p, Fields.ENTRY);
      Table table = enumValue(Table.class, text(n, TABLE, p, true), p + "/" + TABLE);
      String code = text(n, CODE, p, true);
      String objective = text(n, OBJECTIVE, p, false);
      String parent = text(n, PARENT, p, false);
      String labelIt = text(n, LABEL_IT, p, true);
      String labelEn = text(n, LABEL_EN, p, true);
      String source = sourceOf(n, p);
      boolean uncertain = uncertain(n, p);
      if (table == null || code == null || labelIt == null || labelEn == null) {
        return;
      }
      String identity = table + " " + (table.codesRestartPerObjective() ? objective + "/" : "")
          + code;
      if (!seen.add(identity)) {
        problem(p, "duplicate entry " + identity);
        return;
      }
      built(p, () -> builder.entry(CatalogueEntry.builder().table(table).code(code)
          .objective(objective).parent(parent).labelIt(labelIt).labelEn(labelEn).source(source)
          .uncertain(uncertain).build()));
    });
  }

  private void figures(JsonNode root, Catalogue.Builder builder) {
    forEachField(root, FIGURES, (key, n, p) -> {
      Figure figure = Figure.forKey(key).orElse(null);
      if (figure == null) {
        problem(p, "unknown figure \"" + key + "\"; expected one of " + figureKeys());
        return;
      }
      Sourced<?> value = sourced(n, p, (v, vp) -> figureValue(figure.kind(), v, vp));
      if (value != null) {
        built(p, () -> builder.figure(key, value));
      }
    });
  }

  private void targetGroups(JsonNode root, Catalogue.Builder builder) {
    forEachField(root, TARGET_GROUPS, (objective, n, p) -> {
      Sourced<List<TargetGroup>> groups =
          sourced(n, p, (v, vp) -> enumValues(TargetGroup.class, v, vp));
      if (groups != null) {
        builder.targetGroups(objective, groups);
      }
    });
  }

  private void annexIv(JsonNode root, Catalogue.Builder builder) {
    forEachElement(root, ANNEX_IV, "", (n, p) -> {
      checkKeys(n, p, Fields.CATEGORY);
      String code = text(n, CODE, p, true);
      String source = sourceOf(n, p);
      List<AnnexIvCondition> conditions = new ArrayList<>();
      boolean complete = forEachElement(n, CONDITIONS, p, (c, cp) -> {
        checkKeys(c, cp, Fields.CONDITION);
        var condition = AnnexIvCondition.builder()
            .objective(text(c, OBJECTIVE, cp, false))
            .measure(text(c, MEASURE, cp, false));
        List<String> scopes = strings(c.get(SCOPES), cp + "/" + SCOPES);
        List<LegalForm> forms =
            enumValues(LegalForm.class, c.get(LEAD_LEGAL_FORMS), cp + "/" + LEAD_LEGAL_FORMS);
        List<TargetGroup> groups =
            enumValues(TargetGroup.class, c.get(TARGET_GROUPS), cp + "/" + TARGET_GROUPS);
        if (scopes != null && forms != null && groups != null) {
          built(cp, () -> conditions.add(condition.addAllScopes(scopes)
              .addAllLeadLegalForms(forms).addAllTargetGroups(groups).build()));
        }
      });
      if (code != null && complete) {
        built(p, () -> builder.annexIvCategory(AnnexIvCategory.builder().code(code)
            .source(source).addAllConditions(conditions).build()));
      }
    });
  }

  private Object figureValue(Figure.Kind kind, JsonNode v, String p) {
    switch (kind) {
      case DATE:
        if (!expect(v, JsonNode::isTextual, "a date (yyyy-MM-dd)", p)) {
          return null;
        }
        try {
          return LocalDate.parse(v.textValue());
        } catch (DateTimeParseException e) {
          return problem(p, "expected a date (yyyy-MM-dd), found \"" + v.textValue() + "\"");
        }
      case CODE:
        return expect(v, JsonNode::isTextual, "a string", p) ? v.textValue() : null;
      default:
        return expect(v, JsonNode::isNumber, "a number", p) ? v.decimalValue() : null;
    }
  }

  /** A value alone ({@code 0.8}), or with its source: {@code {"value": 0.8, "source": "..."}}. */
  private <T> Sourced<T> sourced(JsonNode n, String p, BiFunction<JsonNode, String, T> values) {
    if (!n.isObject()) {
      T value = values.apply(n, p);
      return value == null ? null : Sourced.of(value, defaultSource);
    }
    checkKeys(n, p, Fields.SOURCED);
    String source = sourceOf(n, p);
    boolean uncertain = uncertain(n, p);
    if (!n.has(VALUE)) {
      return problem(p + "/" + VALUE, "required");
    }
    T value = values.apply(n.get(VALUE), p + "/" + VALUE);
    return value == null ? null : Sourced.of(value, source, uncertain);
  }

  private String sourceOf(JsonNode n, String p) {
    String source = text(n, SOURCE, p, false);
    return source != null ? source : defaultSource;
  }

  private boolean uncertain(JsonNode n, String p) {
    JsonNode v = n.get(UNCERTAIN);
    return v != null && expect(v, JsonNode::isBoolean, "a boolean", p + "/" + UNCERTAIN)
        && v.booleanValue();
  }

  /** The text of {@code n.name}; null (after a problem if required or mistyped) otherwise. */
  private String text(JsonNode n, String name, String p, boolean required) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      return required ? problem(p + "/" + name, "required") : null;
    }
    return expect(v, JsonNode::isTextual, "a string", p + "/" + name) ? v.textValue() : null;
  }

  /** The strings of an array; empty when absent; null after a problem. */
  private List<String> strings(JsonNode array, String p) {
    List<String> result = new ArrayList<>();
    if (array == null) {
      return result;
    }
    if (!expect(array, JsonNode::isArray, "an array", p)) {
      return null;
    }
    boolean ok = true;
    for (int i = 0; i < array.size(); i++) {
      JsonNode v = array.get(i);
      if (expect(v, JsonNode::isTextual, "a string", p + "/" + i)) {
        result.add(v.textValue());
      } else {
        ok = false;
      }
    }
    return ok ? result : null;
  }

  private <E extends Enum<E>> List<E> enumValues(Class<E> type, JsonNode array, String p) {
    List<String> names = strings(array, p);
    if (names == null) {
      return null;
    }
    List<E> result = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      E e = enumValue(type, names.get(i), p + "/" + i);
      if (e == null) {
        return null;
      }
      result.add(e);
    }
    return result;
  }

  private <E extends Enum<E>> E enumValue(Class<E> type, String name, String p) {
    if (name == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    return problem(p, "unknown " + type.getSimpleName() + " \"" + name + "\"; expected one of "
        + Arrays.toString(type.getEnumConstants()));
  }

  /** Calls {@code element} on each object of the array {@code n.name}; whether all went well. */
  private boolean forEachElement(JsonNode n, String name, String p,
      BiConsumer<JsonNode, String> element) {
    JsonNode array = n.get(name);
    String ap = p + "/" + name;
    if (array == null || !expect(array, JsonNode::isArray, "an array", ap)) {
      return array == null;
    }
    int before = problems.size();
    for (int i = 0; i < array.size(); i++) {
      if (expect(array.get(i), JsonNode::isObject, "an object", ap + "/" + i)) {
        element.accept(array.get(i), ap + "/" + i);
      }
    }
    return problems.size() == before;
  }

  /** A visitor of an object's fields: key, value and the value's pointer. */
  private interface FieldVisitor {
    void visit(String key, JsonNode value, String pointer);
  }

  private void forEachField(JsonNode n, String name, FieldVisitor visitor) {
    JsonNode object = n.get(name);
    String op = "/" + name;
    if (object == null || !expect(object, JsonNode::isObject, "an object", op)) {
      return;
    }
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      visitor.visit(field.getKey(), field.getValue(), op + "/" + escape(field.getKey()));
    }
  }

  private void checkKeys(JsonNode n, String p, Set<String> known) {
    n.fieldNames().forEachRemaining(name -> {
      if (!known.contains(name)) {
        problem(p + "/" + escape(name), "unknown property \"" + name + "\"; expected one of "
            + new TreeSet<>(known));
      }
    });
  }

  private boolean expect(JsonNode v, Predicate<JsonNode> test, String what, String p) {
    if (test.test(v)) {
      return true;
    }
    problem(p, "expected " + what + ", found " + type(v));
    return false;
  }

  /** Runs a builder step, turning the model's rejection into a problem at {@code p}. */
  private void built(String p, Runnable step) {
    try {
      step.run();
    } catch (IllegalArgumentException | IllegalStateException e) {
      problem(p, e.getMessage());
    }
  }

  private <T> T problem(String pointer, String message) {
    problems.add(new CatalogueProblem(Location.of(pointer), message));
    return null;
  }

  private CatalogueFileException failure() {
    return new CatalogueFileException(file, problems);
  }

  private static String type(JsonNode v) {
    return v.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String figureKeys() {
    List<String> keys = new ArrayList<>();
    for (Figure f : Figure.values()) {
      keys.add(f.isQualified() ? f.key() + ".<qualifier>" : f.key());
    }
    return keys.toString();
  }

  /** RFC 6901 escaping of a property name in a pointer. */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
