package eu.fami.robustness.fuzz;

import eu.fami.io.FamiJson;
import eu.fami.model.Period;
import eu.fami.model.Project;
import eu.fami.robustness.Examples;
import eu.fami.robustness.documents.AnyDocuments;
import eu.fami.testkit.Fixtures;
import eu.fami.testkit.generate.DatasetGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.sessions.JqwikSession;

/**
 * The documents the fuzz tests start from: the examples as they are, valid documents of every kind
 * from the testkit's fixtures and generator, and documents of arbitrary (mostly invalid) content,
 * all written in canonical form.
 */
final class Seeds {
  private static final int ARBITRARY = 12;
  private static final int GENERATED_PROJECTS = 12;

  private Seeds() {}

  /** The seeds; the generated and arbitrary ones drawn from {@code seed}. */
  static List<byte[]> all(long seed) {
    List<byte[]> out = valid(seed);
    JqwikSession.run(Long.toString(seed), () -> {
      Random random = new Random(seed);
      var generator = AnyDocuments.documents().generator(100);
      for (int i = 0; i < ARBITRARY; i++) {
        out.add(bytes(generator.next(random).value()));
      }
    });
    return out;
  }

  /** The examples and valid documents of every kind, the generated dataset's drawn from {@code seed}. */
  static List<byte[]> valid(long seed) {
    List<byte[]> out = new ArrayList<>();
    for (String name : Examples.NAMES) {
      out.add(Examples.bytes(name));
    }
    Project project = Fixtures.project().withReports(3).build();
    for (Object d : List.of(
        project,
        Fixtures.project().withPeriod(Period.P2014_2020).withReports(1).build(),
        Fixtures.project().withCall(Fixtures.call().build()).build(),
        Fixtures.report(project),
        Fixtures.call().build(),
        Fixtures.programme(),
        Fixtures.dataset(8))) {
      out.add(bytes(d));
    }
    ByteArrayOutputStream generated = new ByteArrayOutputStream();
    DatasetGenerator.builder().projects(GENERATED_PROJECTS).seed(seed).build().write(generated);
    out.add(generated.toByteArray());
    return out;
  }

  private static byte[] bytes(Object document) {
    return FamiJson.defaults().writeString(document).getBytes(StandardCharsets.UTF_8);
  }
}
