package eu.fami.robustness.documents;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The values of one type held anywhere in a model document, in a fixed order (accessors by name,
 * list elements in order), found by reflection: two equal documents give equal lists.
 *
 * <pre>{@code List<Amount> amounts = ModelValues.of(project, Amount.class);}</pre>
 */
public final class ModelValues {
  private static final String MODEL = "eu.fami.model.";

  private ModelValues() {}

  /** Every value of {@code type} in {@code document}. */
  public static <T> List<T> of(Object document, Class<T> type) {
    List<T> out = new ArrayList<>();
    collect(document, type, out);
    return out;
  }

  private static <T> void collect(Object value, Class<T> type, List<T> out) {
    if (value == null) {
      return;
    }
    if (type.isInstance(value)) {
      out.add(type.cast(value));
    } else if (value instanceof List) {
      for (Object e : (List<?>) value) {
        collect(e, type, out);
      }
    } else {
      Class<?> model = modelInterface(value.getClass());
      if (model == null) {
        return;
      }
      List<Method> getters = new ArrayList<>();
      for (Method m : model.getMethods()) {
        if (!m.isDefault() && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
            && m.getName().startsWith("get")) {
          getters.add(m);
        }
      }
      getters.sort(Comparator.comparing(Method::getName));
      for (Method m : getters) {
        try {
          collect(m.invoke(value), type, out);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  private static Class<?> modelInterface(Class<?> c) {
    for (Class<?> i : c.getInterfaces()) {
      if (i.getName().startsWith(MODEL)) {
        return i;
      }
    }
    return null;
  }
}
