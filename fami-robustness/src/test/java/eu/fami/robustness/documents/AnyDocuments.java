package eu.fami.robustness.documents;

import eu.fami.io.ReadLimits;
import eu.fami.model.Amount;
import eu.fami.model.Call;
import eu.fami.model.Cup;
import eu.fami.model.Dataset;
import eu.fami.model.Place;
import eu.fami.model.Programme;
import eu.fami.model.Project;
import eu.fami.model.Quarter;
import eu.fami.model.Rate;
import eu.fami.model.ReportDocument;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Documents of every kind holding <em>anything</em> the model can hold and a {@code fami/1} reader
 * keeps: valid or not (a negative amount, a 14-character CUP, an end before the start), any text,
 * amounts and rates below 10<sup>13</sup> of up to 100 decimals, counts from 0 to 999,999,999,
 * dates of years 0 to 9999, absent values and empty lists. Built by reflection over the model's accessors,
 * so that an attribute added to the model is generated (and round-tripped) without a change here.
 *
 * <pre>{@code @Property void p(@ForAll("any") Object document) ...
 * @Provide Arbitrary<Object> any() { return AnyDocuments.documents(); }}</pre>
 */
public final class AnyDocuments {
  private static final String MODEL = "eu.fami.model.";
  private static final int MAX_LIST = 3;
  private static final Map<Class<?>, Arbitrary<?>> VALUES = new ConcurrentHashMap<>();

  private AnyDocuments() {}

  /** A document of any kind. */
  public static Arbitrary<Object> documents() {
    return Arbitraries.oneOf(
        of(Programme.class), of(Call.class), of(Project.class), of(ReportDocument.class),
        of(Dataset.class));
  }

  /** Values of model type {@code type} (an interface of {@code eu.fami.model}). */
  @SuppressWarnings("unchecked")
  public static <T> Arbitrary<T> of(Class<T> type) {
    Arbitrary<?> a = VALUES.get(type);
    if (a == null) {
      a = Arbitraries.lazy(() -> build(type));
      VALUES.put(type, a);
    }
    return (Arbitrary<T>) a;
  }

  /**
   * Any text: code points of every plane, with JSON's special characters favoured, and lone
   * surrogates (a Java string may hold them; the writer escapes them).
   */
  public static Arbitrary<String> text() {
    Arbitrary<Integer> special = Arbitraries.of(
        (int) '"', (int) '\\', (int) '/', 0, 0x1F, 0x7F, 0x2028, 0x2029, 0xFEFF, 0xFFFD, (int) '{',
        (int) '}', (int) '$', (int) '~', 0x1F600, 0x10FFFF, (int) 'è', 0xD800, 0xDFFF);
    Arbitrary<Integer> ascii = Arbitraries.integers().between(0x20, 0x7E);
    Arbitrary<Integer> any = Arbitraries.integers().between(0, 0x10FFFF)
        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
    Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
        Tuple.of(4, ascii), Tuple.of(2, special),
        Tuple.of(2, any));
    return codePoint.list().ofMaxSize(24).map(cps -> {
      StringBuilder sb = new StringBuilder();
      cps.forEach(sb::appendCodePoint);
      return sb.toString();
    });
  }

  /**
   * Decimals below 10<sup>13</sup> in absolute value, of any sign and of a scale the reader keeps
   * (at most {@code maxNumberLength}, 100, decimals): cents, more decimals, negative scales, and tiny
   * values whose plain notation is too long to read back ({@code 1E-99}).
   */
  public static Arbitrary<BigDecimal> decimals() {
    Arbitrary<BigInteger> unscaled =
        Arbitraries.bigIntegers().between(BigInteger.valueOf(-999_999_999_999_999L),
            BigInteger.valueOf(999_999_999_999_999L)).withDistribution(
                RandomDistribution.biased());
    Arbitrary<Integer> scale = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(2)),
        Tuple.of(3, Arbitraries.integers().between(-10, 12)),
        Tuple.of(1, Arbitraries.integers().between(13, ReadLimits.defaults().maxNumberLength())));
    return Combinators.combine(unscaled, scale).as(BigDecimal::new)
        .filter(d -> d.signum() == 0 || d.precision() - d.scale() <= Amount.MAX_INTEGER_DIGITS);
  }

  private static Arbitrary<?> value(Type type) {
    if (type instanceof ParameterizedType) {
      ParameterizedType pt = (ParameterizedType) type;
      if (pt.getRawType() == List.class) {
        return value(pt.getActualTypeArguments()[0]).list().ofMaxSize(MAX_LIST);
      }
      throw new IllegalArgumentException("no values of " + type);
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return text();
    } else if (c == Amount.class) {
      return decimals().map(Amount::of);
    } else if (c == Rate.class) {
      return decimals().map(Rate::of);
    } else if (c == Long.class) {
      return Arbitraries.longs().between(0, 999_999_999L);
    } else if (c == Boolean.class) {
      return Arbitraries.of(true, false);
    } else if (c == LocalDate.class) {
      return Arbitraries.integers().between(0, 9999).flatMap(y ->
          Arbitraries.integers().between(1, LocalDate.of(y, 1, 1).lengthOfYear())
              .map(d -> LocalDate.ofYearDay(y, d)));
    } else if (c == Cup.class) {
      return text().map(Cup::of);
    } else if (c == Place.class) {
      return text().map(Place::of);
    } else if (c == Quarter.class) {
      return text().map(Quarter::of);
    } else if (c.isEnum()) {
      return Arbitraries.of(c.getEnumConstants());
    } else if (c.isInterface() && c.getName().startsWith(MODEL)) {
      return of(c);
    }
    throw new IllegalArgumentException("no values of " + type);
  }

  /** Combines a value (or an absence) per attribute of {@code type} through its builder. */
  private static <T> Arbitrary<T> build(Class<T> type) {
    Model<T> model = new Model<>(type);
    List<Arbitrary<Object>> parts = new ArrayList<>();
    for (Attribute a : model.attributes) {
      @SuppressWarnings("unchecked")
      Arbitrary<Object> v = (Arbitrary<Object>) value(a.type);
      parts.add(a.mandatory || a.list ? v : v.injectNull(0.25));
    }
    return Combinators.combine(parts).as(model::build);
  }

  /** An attribute: its builder method, its type, whether it must be set. */
  private static final class Attribute {
    final Method setter;
    final Type type;
    final boolean list;
    boolean mandatory;

    Attribute(Method setter, Type type) {
      this.setter = setter;
      this.type = type;
      this.list = type instanceof ParameterizedType;
    }
  }

  /** A model type seen through its Immutables builder. */
  private static final class Model<T> {
    final Class<T> type;
    final Method builder;
    final Method build;
    final List<Attribute> attributes = new ArrayList<>();

    Model(Class<T> type) {
      this.type = type;
      try {
        Class<?> impl = Class.forName(MODEL + "Immutable" + type.getSimpleName());
        builder = impl.getMethod("builder");
        build = builder.getReturnType().getMethod("build");
        for (Method m : type.getMethods()) {
          if (m.isDefault() || Modifier.isStatic(m.getModifiers()) || m.getParameterCount() > 0
              || !m.getName().startsWith("get")) {
            continue;
          }
          String name = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
          Class<?> param = m.getReturnType() == List.class ? Iterable.class : m.getReturnType();
          Attribute a = new Attribute(builder.getReturnType().getMethod(name, param),
              m.getGenericReturnType());
          a.mandatory = !a.list && rejectsNull(a.setter);
          attributes.add(a);
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("not an Immutables model type: " + type, e);
      }
      attributes.sort((x, y) -> x.setter.getName().compareTo(y.setter.getName()));
    }

    private boolean rejectsNull(Method setter) throws ReflectiveOperationException {
      try {
        setter.invoke(builder.invoke(null), (Object) null);
        return false;
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof NullPointerException) {
          return true;
        }
        throw e;
      }
    }

    T build(List<Object> values) {
      try {
        Object b = builder.invoke(null);
        for (int i = 0; i < attributes.size(); i++) {
          if (values.get(i) != null) {
            attributes.get(i).setter.invoke(b, values.get(i));
          }
        }
        return type.cast(build.invoke(b));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
      }
    }
  }
}
