package eu.fami.robustness.fuzz;

import eu.fami.io.FamiJson;
import eu.fami.model.Period;
import eu.fami.model.Project;
import eu.fami.robustness.Examples;
import eu.fami.robustness.documents.AnyDocuments;
import eu.fami.testkit.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.sessions.JqwikSession;

/**
 * The documents the fuzz tests start from: the examples as they are, valid documents of every kind
 * from the testkit's fixtures, and documents of arbitrary (mostly invalid) content, all written in
 * canonical form.
 */
final class Seeds {
  private static final int ARBITRARY = 12;

  private Seeds() {}

  /** The seeds; the arbitrary ones drawn from {@code seed}. */
  static List<byte[]> all(long seed) {
    List<byte[]> out = new ArrayList<>();
    for (String name : Examples.NAMES) {
      out.add(Examples.bytes(name));
    }
    FamiJson json = FamiJson.defaults();
    Project project = Fixtures.project().withReports(3).build();
    List<Object> valid = List.of(
        project,
        Fixtures.project().withPeriod(Period.P2014_2020).withReports(1).build(),
        Fixtures.project().withCall(Fixtures.call().build()).build(),
        Fixtures.report(project),
        Fixtures.call().build(),
        Fixtures.programme(),
        Fixtures.dataset(8));
    for (Object d : valid) {
      out.add(json.writeString(d).getBytes(StandardCharsets.UTF_8));
    }
    JqwikSession.run(Long.toString(seed), () -> {
      Random random = new Random(seed);
      var generator = AnyDocuments.documents().generator(100);
      for (int i = 0; i < ARBITRARY; i++) {
        Object d = generator.next(random).value();
        out.add(json.writeString(d).getBytes(StandardCharsets.UTF_8));
      }
    });
    return out;
  }
}
