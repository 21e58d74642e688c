package eu.fami.rules;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.report.Location;
import eu.fami.model.report.Violation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A document gives the same violations from a file (a dataset streams) and from a stream, a
 * dataset-wide finding into a project after an element the reader dropped included.
 */
class FileOrStreamTest {
  private static final String PROGRAMME = "\"programme\":{\"code\":\"IT-PN\",\"period\":\"2021-2027\","
      + "\"title\":\"Programma\",\"allocations\":[{\"specificObjective\":\"OS1\",\"amount\":1.00}]}";
  private static final String PROJECTS = "\"projects\":[{\"code\":\"P-1\",\"title\":\"Progetto\"}]";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "{\"format\":\"fami/1\"," + PROGRAMME + ",\"calls\":[]," + PROJECTS + "}",
    "{\"format\":\"fami/1\"," + PROJECTS + ",\"kind\":\"dataset\"," + PROGRAMME + ",\"calls\":[]}",
    "{\"format\":\"fami/1\",\"kind\":\"dataset\"," + PROGRAMME + ",\"calls\":[]," + PROJECTS + "}",
    // a dataset-wide finding (FAMI-OVL-003) after an unreadable report the reader dropped
    "{\"format\":\"fami/1\",\"kind\":\"dataset\"," + PROGRAMME + ",\"calls\":[],\"projects\":["
        + "{\"code\":\"P-1\",\"reports\":[1,{\"quarter\":\"2024-Q1\",\"expenditure\":["
        + "{\"partner\":\"X\",\"category\":\"STAFF\",\"document\":\"D\",\"date\":\"2024-01-10\","
        + "\"amount\":10.00,\"documentTotal\":5.00}]}]}]}",
  })
  void sameViolations(String document, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("doc.json");
    Files.writeString(file, document, StandardCharsets.UTF_8);
    Fami fami = Fami.defaults();
    ValidationReport fromFile = fami.validate(file);
    ValidationReport fromStream = fami.validate(
        new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), file.toString(),
        ValidationContext.NONE);
    assertThat(comparable(fami, fromFile)).isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(comparable(fami, fromStream));
  }

  /**
   * The violations, those of dataset-wide rules without line and column: streamed, the positions
   * of the projects that have passed are not kept (the pointer is exact).
   */
  private static List<Violation> comparable(Fami fami, ValidationReport report) {
    Set<String> datasetRules = new HashSet<>();
    fami.rules().datasetRules().forEach(r -> datasetRules.add(r.definition().getId()));
    List<Violation> out = new ArrayList<>();
    for (Violation v : report.getViolations()) {
      out.add(datasetRules.contains(v.getRule())
          ? Violation.builder().from(v).location(Location.of(v.getLocation().getPointer())).build()
          : v);
    }
    return out;
  }
}
