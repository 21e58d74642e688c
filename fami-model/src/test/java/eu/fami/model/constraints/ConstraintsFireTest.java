package eu.fami.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.constraints.Faults.Fault;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintViolation;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate Validator fires every constraint on the generated Immutable classes (a constraint on an
 * accessor it does not see would pass silently), at the expected property path.
 */
class ConstraintsFireTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("eu.fami.model.constraints.Faults#all")
  void firesExactlyTheExpectedConstraint(Fault fault) {
    Set<ConstraintViolation<Object>> violations = Hv.validate(fault.document());

    if (fault.isNearMiss()) {
      assertThat(violations).isEmpty();
      return;
    }
    assertThat(violations).hasSize(1);
    ConstraintViolation<Object> violation = violations.iterator().next();
    assertThat(violation.getConstraintDescriptor().getAnnotation().annotationType())
        .isEqualTo(fault.constraint());
    assertThat(Hv.rule(violation)).isEqualTo(fault.rule());
    assertThat(violation.getPropertyPath()).hasToString(fault.path());
  }

  @Test
  void validFixturesHaveNoViolation() {
    assertThat(Stream.of(Fixtures.comIn5(), Fixtures.call(), Fixtures.programme(),
            Fixtures.report(), Fixtures.dataset(),
            Fixtures.comIn5().withReports(Fixtures.report())))
        .allSatisfy(document -> assertThat(Hv.validate(document)).isEmpty());
  }

  @Test
  void everyConstraintIsFiredByTheTable() throws IOException, URISyntaxException {
    Set<Class<?>> fired = Faults.all()
        .filter(f -> !f.isNearMiss())
        .map(Fault::constraint)
        .collect(Collectors.toSet());

    assertThat(fired).containsExactlyInAnyOrderElementsOf(constraints());
  }

  @Test
  void everyConstraintIsDeclaredAsAgreed() throws IOException, URISyntaxException {
    assertThat(constraints()).hasSize(11).allSatisfy(type -> {
      String name = type.getSimpleName();
      assertThat(type.getMethod("message").getDefaultValue())
          .isEqualTo("{eu.fami.model.constraints." + name + ".message}");
      assertThat((String) type.getMethod("rule").getDefaultValue()).matches("FAMI-FMT-00[1-8]");
      assertThat(type.getMethod("groups").getDefaultValue()).isEqualTo(new Class<?>[0]);
      assertThat(type.getMethod("payload")).isNotNull();
      assertThat(type.isAnnotationPresent(Documented.class)).isTrue();
      assertThat(type.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.RUNTIME);
    });
  }

  /** The constraint annotations of the package, found on the class path. */
  static List<Class<? extends Annotation>> constraints() throws IOException, URISyntaxException {
    Path dir = Path.of(Required.class.getResource("Required.class").toURI()).getParent();
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(f -> f.endsWith(".class"))
          .map(f -> load(f.substring(0, f.length() - ".class".length())))
          .filter(c -> c.isAnnotation() && c.isAnnotationPresent(Constraint.class))
          .map(c -> c.asSubclass(Annotation.class))
          .sorted((a, b) -> a.getSimpleName().compareTo(b.getSimpleName()))
          .collect(Collectors.toList());
    }
  }

  private static Class<?> load(String simpleName) {
    try {
      return Class.forName("eu.fami.model.constraints." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
