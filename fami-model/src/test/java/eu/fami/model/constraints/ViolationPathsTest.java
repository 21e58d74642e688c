package eu.fami.model.constraints;

import static eu.fami.model.constraints.Fixtures.call;
import static eu.fami.model.constraints.Fixtures.comIn5;
import static eu.fami.model.constraints.Fixtures.places;
import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.Amount;
import eu.fami.model.ImmutableProjectWindow;
import eu.fami.model.Place;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Property paths become the JSON pointers of the reports. */
class ViolationPathsTest {

  /** A bean with a map, which the model has none of, for keys and their escaping. */
  static final class Regions {
    final Map<String, @ValidPlace Place> byName;

    Regions(Map<String, Place> byName) {
      this.byName = byName;
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("paths")
  void pointer(Object document, String path, String pointer) {
    var violation = Hv.validate(document).iterator().next();

    assertThat(violation.getPropertyPath()).hasToString(path);
    assertThat(ViolationPaths.toJsonPointer(violation.getPropertyPath())).isEqualTo(pointer);
  }

  static Stream<Arguments> paths() {
    return Stream.of(
        Arguments.of(comIn5().withCode(null), "code", "/code"),
        Arguments.of(Faults.line(3, l -> l.withAmount(Amount.of("1.001"))),
            "budget.lines[3].amount", "/budget/lines/3/amount"),
        Arguments.of(comIn5().withTerritory(places("ITG1", "ITF5", "ITZZ")),
            "territory[2].<list element>", "/territory/2"),
        Arguments.of(comIn5().withTerritory(places("ITG1", "ITG1")), "territory[1]",
            "/territory/1"),
        Arguments.of(Faults.partner(4, p -> p.withId("80012000826")), "partners[4].id",
            "/partners/4/id"),
        Arguments.of(Faults.partner(1, p -> p.withId("80002950767")), "partners[1].id",
            "/partners/1/id"),
        Arguments.of(call().withProjectWindow(ImmutableProjectWindow.builder()
                .earliestStart(LocalDate.of(2024, 1, 1)).latestEnd(LocalDate.of(2023, 1, 1))
                .build()),
            "projectWindow.latestEnd", "/projectWindow/latestEnd"),
        Arguments.of(new Regions(Map.of("a/b~c", Place.of("ITZZ"))),
            "byName[a/b~c].<map value>", "/byName/a~1b~0c"));
  }
}
