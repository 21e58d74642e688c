package eu.fami.io.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.fami.model.Amount;
import eu.fami.model.Cup;
import eu.fami.model.DocumentKind;
import eu.fami.model.Period;
import eu.fami.model.Place;
import eu.fami.model.ProgressReport;
import eu.fami.model.Quarter;
import eu.fami.model.Rate;
import eu.fami.model.ReportDocument;
import eu.fami.model.catalogue.Places;
import eu.fami.model.constraints.Required;
import eu.fami.model.constraints.UniqueEntries;
import eu.fami.model.constraints.ValidAmount;
import eu.fami.model.constraints.ValidCount;
import eu.fami.model.constraints.ValidCup;
import eu.fami.model.constraints.ValidPlace;
import eu.fami.model.constraints.ValidQuarter;
import eu.fami.model.constraints.ValidRate;
import eu.fami.model.constraints.internal.FieldPredicates;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the JSON Schema of one document kind by reflection over the model: every abstract bean
 * getter of a model interface is a property (its JSON name is the property name), its Java type and
 * its constraints give the property's schema. One generator builds one schema.
 *
 * <p>The mapping: {@code String} is a string; {@code LocalDate} a string of {@code format: date};
 * {@code Boolean} a boolean; {@link Period} and every enum the enumeration of their spellings; a
 * model interface an object ({@code $defs}, {@code additionalProperties: false}); a {@code List} an
 * array. Constraints: {@link Required} puts the property in {@code required} (a non-blank string, a
 * non-empty list); {@link ValidAmount}, {@link ValidRate}, {@link ValidCount}, {@link ValidCup},
 * {@link ValidPlace} and {@link ValidQuarter} refer to the shared definitions of the same names;
 * {@link UniqueEntries} on a list of plain values is {@code uniqueItems} (entries of objects are
 * unique by a key, which JSON Schema cannot say). A Java type without a mapping is an error, so that
 * the model cannot grow past the schema unnoticed.
 */
final class SchemaGenerator {
  static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  static final String FORMAT = "fami/1";
  private static final String MODEL_PACKAGE = Period.class.getPackageName();
  private static final BigDecimal AMOUNT_BOUND = BigDecimal.TEN.pow(Amount.MAX_INTEGER_DIGITS);
  private static final String NOT_BLANK = "\\S";

  private final JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
  private final Map<String, ObjectNode> defs = new TreeMap<>();

  /** The schema of the top-level document of {@code kind}. */
  ObjectNode document(DocumentKind kind) {
    ObjectNode root = nodes.objectNode();
    root.put("$schema", DIALECT);
    root.put("$id", "urn:fami:schema:fami-1:" + kind.code());
    root.put("title", FORMAT + " " + kind.code() + " document");
    ObjectNode body = nodes.objectNode();
    body.put("type", "object");
    ObjectNode properties = body.putObject("properties");
    ArrayNode format = properties.putObject("format").putArray("enum");
    format.add(FORMAT).add(FORMAT + ".0");
    properties.putObject("kind").put("const", kind.code());
    TreeSet<String> required = new TreeSet<>();
    switch (kind) {
      case REPORT:
        // a report document is flat: the project's code beside the report's own members
        members(ReportDocument.class, properties, required, "report");
        members(ProgressReport.class, properties, required);
        break;
      case CALL:
      case PROJECT:
        // outside a dataset, a call or project states its period and programme
        members(modelType(kind), properties, required);
        required.add("period");
        required.add("programme");
        break;
      default:
        members(modelType(kind), properties, required);
        break;
    }
    ArrayNode req = body.putArray("required").add("format").add("kind");
    required.forEach(req::add);
    body.put("additionalProperties", false);
    root.setAll(body);
    if (!defs.isEmpty()) {
      root.putObject("$defs").setAll(defs);
    }
    return root;
  }

  private static Class<?> modelType(DocumentKind kind) {
    String name = kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT);
    try {
      return Class.forName(MODEL_PACKAGE + "." + name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no model type for kind " + kind, e);
    }
  }

  /** Adds the properties of {@code type} (but {@code skipped}) to {@code properties}. */
  private void members(
      Class<?> type, ObjectNode properties, TreeSet<String> required, String... skipped) {
    List<String> skip = Arrays.asList(skipped);
    for (Method m : getters(type)) {
      String name = propertyName(m);
      if (skip.contains(name)) {
        continue;
      }
      boolean isRequired = m.isAnnotationPresent(Required.class);
      ObjectNode schema = schema(m.getAnnotatedReturnType(), m.getAnnotations(), isRequired);
      properties.set(name, schema);
      if (isRequired) {
        required.add(name);
      }
    }
  }

  /** The abstract bean getters of a model interface, by property name. */
  private static List<Method> getters(Class<?> type) {
    List<Method> out = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0
          && (m.getName().startsWith("get") || m.getName().startsWith("is"))) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparing(SchemaGenerator::propertyName));
    return out;
  }

  static String propertyName(Method getter) {
    String n = getter.getName();
    String bare = n.substring(n.startsWith("is") ? 2 : 3);
    return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
  }

  private ObjectNode schema(AnnotatedType type, Annotation[] declared, boolean required) {
    List<Annotation> all = new ArrayList<>(Arrays.asList(declared));
    all.addAll(Arrays.asList(type.getAnnotations()));
    Type t = type.getType();
    if (t instanceof ParameterizedType && ((ParameterizedType) t).getRawType() == List.class) {
      AnnotatedType element = ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()[0];
      ObjectNode array = nodes.objectNode().put("type", "array");
      ObjectNode items = schema(element, new Annotation[0], false);
      array.set("items", items);
      if (required) {
        array.put("minItems", 1);
      }
      if (has(all, UniqueEntries.class) && !isObject(element.getType())) {
        array.put("uniqueItems", true);
      }
      return array;
    }
    if (!(t instanceof Class)) {
      throw new IllegalStateException("no JSON Schema for " + t);
    }
    return scalar((Class<?>) t, all, required);
  }

  private ObjectNode scalar(Class<?> c, List<Annotation> annotations, boolean required) {
    if (c == String.class) {
      ObjectNode s = nodes.objectNode().put("type", "string");
      return required ? s.put("pattern", NOT_BLANK) : s;
    }
    if (c == Boolean.class) {
      return nodes.objectNode().put("type", "boolean");
    }
    if (c == LocalDate.class) {
      return ref("Date", () -> nodes.objectNode().put("type", "string").put("format", "date")
          .put("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$")
          .put("description", "An ISO date, yyyy-MM-dd (FAMI-IO-003)."));
    }
    if (c == Period.class) {
      return ref("Period", () -> {
        ObjectNode s = nodes.objectNode().put("type", "string");
        ArrayNode values = s.putArray("enum");
        for (Period p : Period.values()) {
          values.add(p.code());
        }
        return s.put("description", "A programming period.");
      });
    }
    if (c.isEnum()) {
      return ref(c.getSimpleName(), () -> {
        ObjectNode s = nodes.objectNode().put("type", "string");
        ArrayNode values = s.putArray("enum");
        for (Object e : c.getEnumConstants()) {
          values.add(((Enum<?>) e).name());
        }
        return s;
      });
    }
    if (c == Amount.class) {
      ValidAmount valid = find(annotations, ValidAmount.class);
      if (valid == null) {
        return nodes.objectNode().put("type", "number");
      }
      return valid.anySign() ? ref("SignedAmount", () -> amount(true)) : ref("Amount", () -> amount(false));
    }
    if (c == Rate.class) {
      return has(annotations, ValidRate.class)
          ? ref("Rate", () -> nodes.objectNode().put("type", "number").put("minimum", 0)
              .put("maximum", 1)
              .put("description", "A rate or share as a fraction, 0 to 1 (FAMI-FMT-004)."))
          : nodes.objectNode().put("type", "number");
    }
    if (c == Long.class) {
      return has(annotations, ValidCount.class)
          ? ref("Count", () -> nodes.objectNode().put("type", "integer").put("minimum", 0)
              .put("maximum", FieldPredicates.MAX_COUNT)
              .put("description", "A count, 0 to 999,999,999 (FAMI-FMT-004)."))
          : nodes.objectNode().put("type", "integer");
    }
    if (c == Cup.class) {
      return has(annotations, ValidCup.class)
          ? ref("Cup", () -> nodes.objectNode().put("type", "string")
              .put("pattern", "^[A-Z][0-9]{2}[A-Z][0-9]{11}$")
              .put("description", "A CUP: letter, 2 digits, letter, 11 digits (FAMI-FMT-002)."))
          : nodes.objectNode().put("type", "string");
    }
    if (c == Place.class) {
      return has(annotations, ValidPlace.class) ? ref("Place", this::place)
          : nodes.objectNode().put("type", "string");
    }
    if (c == Quarter.class) {
      return has(annotations, ValidQuarter.class)
          ? ref("Quarter", () -> nodes.objectNode().put("type", "string")
              .put("pattern", "^[0-9]{4}-Q[1-4]$")
              .put("description", "A calendar quarter, yyyy-Qn (FAMI-FMT-007)."))
          : nodes.objectNode().put("type", "string");
    }
    if (isObject(c)) {
      return ref(c.getSimpleName(), () -> object(c));
    }
    throw new IllegalStateException("no JSON Schema for " + c.getName());
  }

  private ObjectNode object(Class<?> type) {
    ObjectNode s = nodes.objectNode().put("type", "object");
    ObjectNode properties = s.putObject("properties");
    TreeSet<String> required = new TreeSet<>();
    members(type, properties, required);
    if (!required.isEmpty()) {
      ArrayNode req = s.putArray("required");
      required.forEach(req::add);
    }
    return s.put("additionalProperties", false);
  }

  private ObjectNode amount(boolean anySign) {
    ObjectNode s = nodes.objectNode().put("type", "number").put("multipleOf", new BigDecimal("0.01"));
    if (anySign) {
      s.put("exclusiveMinimum", AMOUNT_BOUND.negate());
    } else {
      s.put("minimum", 0);
    }
    return s.put("exclusiveMaximum", AMOUNT_BOUND)
        .put("description", anySign
            ? "An amount in EUR with at most two decimals, below 10^13 in absolute value; negative"
                + " for a correction (FAMI-FMT-004)."
            : "An amount in EUR with at most two decimals, from 0 to below 10^13 (FAMI-FMT-004).");
  }

  private ObjectNode place() {
    ObjectNode s = nodes.objectNode().put("type", "string");
    ArrayNode values = s.putArray("enum");
    TreeSet<String> codes = new TreeSet<>(Places.italianNuts2().keySet());
    codes.addAll(Places.countries());
    codes.forEach(values::add);
    return s.put("description", "An Italian NUTS 2 code, IT for national scope, or the ISO 3166-1"
        + " alpha-2 code of another country (FAMI-FMT-006).");
  }

  /** A reference to the definition {@code name}, made by {@code make} on first use. */
  private ObjectNode ref(String name, java.util.function.Supplier<ObjectNode> make) {
    if (!defs.containsKey(name)) {
      defs.put(name, null); // reserves the name: a type may refer to itself
      defs.put(name, make.get());
    }
    return nodes.objectNode().put("$ref", "#/$defs/" + name);
  }

  private static boolean isObject(Type t) {
    return t instanceof Class && ((Class<?>) t).isInterface()
        && ((Class<?>) t).getPackageName().equals(MODEL_PACKAGE);
  }

  private static boolean has(List<Annotation> annotations, Class<? extends Annotation> type) {
    return find(annotations, type) != null;
  }

  private static <A extends Annotation> A find(List<Annotation> annotations, Class<A> type) {
    for (Annotation a : annotations) {
      if (type.isInstance(a)) {
        return type.cast(a);
      }
    }
    return null;
  }
}
