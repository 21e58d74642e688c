package eu.fami.robustness.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.robustness.Examples;
import eu.fami.rules.Fami;
import eu.fami.rules.ValidationContext;
import eu.fami.rules.ValidationReport;
import eu.fami.rules.render.ReportFormat;
import eu.fami.rules.render.ReportRenderer;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One {@link Fami} shared by 16 threads, each validating valid and invalid documents (the seeds and
 * mutations of them) in its own order, gives every document the report a single thread gives it:
 * the same violations, rendered the same.
 */
class ConcurrencyTest {
  private static final int THREADS = 16;
  private static final int MUTANTS = 100;

  /** What a document gives: its violations and their rendering. */
  private static List<Object> outcome(Fami fami, ValidationReport r) {
    return List.of(r.getViolations(),
        ReportRenderer.of(fami.messages(), Locale.ITALIAN).toString(ReportFormat.JSON, r),
        ReportRenderer.of(fami.messages(), Locale.ENGLISH).toString(ReportFormat.CSV, r));
  }

  private static List<Object> validate(Fami fami, Path file, byte[] bytes, ValidationContext c) {
    return List.of(outcome(fami, fami.validate(file, c)),
        outcome(fami, fami.validate(new ByteArrayInputStream(bytes), file.toString(), c)));
  }

  @Test
  void sixteenThreadsGiveTheSingleThreadedReports(@TempDir Path dir) throws Exception {
    Fami fami = Fami.defaults();
    ValidationContext context = ValidationContext.ofDataset(Examples.dataset());
    List<byte[]> inputs = new ArrayList<>(Seeds.all(42));
    Random random = new Random(42);
    for (int i = 0; i < MUTANTS; i++) {
      byte[] seed = inputs.get(random.nextInt(Examples.NAMES.size() + 7));
      inputs.add(Mutators.ALL.get(i % Mutators.ALL.size()).mutate(seed, random));
    }
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      files.add(Files.write(dir.resolve(i + ".json"), inputs.get(i)));
    }
    List<List<Object>> expected = new ArrayList<>();
    int valid = 0;
    for (int i = 0; i < inputs.size(); i++) {
      expected.add(validate(fami, files.get(i), inputs.get(i), context));
      valid += fami.validate(files.get(i), context).isValid() ? 1 : 0;
    }
    assertThat(valid).as("valid documents among %d", inputs.size()).isPositive()
        .isLessThan(inputs.size());

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Future<List<String>>> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      long seed = t;
      threads.add(pool.submit(() -> {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
          order.add(i);
        }
        Collections.shuffle(order, new Random(seed));
        start.await();
        List<String> differences = new ArrayList<>();
        for (int i : order) {
          if (!validate(fami, files.get(i), inputs.get(i), context).equals(expected.get(i))) {
            differences.add(files.get(i).getFileName().toString());
          }
        }
        return differences;
      }));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
    for (Future<List<String>> f : threads) {
      assertThat(f.get()).as("documents whose report differs from the single-threaded one")
          .isEmpty();
    }
  }
}
