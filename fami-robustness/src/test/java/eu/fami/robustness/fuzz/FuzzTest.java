package eu.fami.robustness.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import eu.fami.robustness.Examples;
import eu.fami.rules.Fami;
import eu.fami.rules.ValidationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutation tests of the reader, the rules and the facade: every {@link Mutators mutator} damages the
 * {@link Seeds seeds} (with a second random mutation stacked on one input in four) for its share of
 * {@code fami.fuzz.seconds} (default 60; {@code -Dfami.fuzz.seconds=1800} for a long run), and every
 * damaged input must hold the {@link Oracle}'s property. An input that fails is written to {@code
 * target/fuzz-failures} with why it failed; once the bug is fixed it belongs in {@code
 * src/test/resources/regressions}, which {@link RegressionsTest} replays. {@code fami.fuzz.seed}
 * repeats a run.
 */
class FuzzTest {
  static final long SECONDS = Long.getLong("fami.fuzz.seconds", 60);
  static final long SEED = Long.getLong("fami.fuzz.seed", System.nanoTime());
  private static final int FAILURES_PER_MUTATOR = 5;
  private static final Path FAILURES = Path.of(System.getProperty("fami.fuzz.failures",
      "target/fuzz-failures"));
  private static final Map<String, Integer> TRIED = new ConcurrentSkipListMap<>();

  @TempDir
  static Path scratch;
  private static Oracle oracle;
  private static List<byte[]> seeds;

  @BeforeAll
  static void start() throws IOException {
    oracle = new Oracle(Fami.defaults(), ValidationContext.ofDataset(Examples.dataset()),
        Scratch.directory(scratch));
    seeds = Seeds.all(SEED);
  }

  @AfterAll
  static void stop() {
    oracle.close();
    int total = TRIED.values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf("fami fuzz: %d mutated inputs in %d s (seed %d), most allocated %s: %s%n",
        total, SECONDS, SEED, oracle.mostAllocated(), TRIED);
  }

  @Test
  void everySeedHoldsTheProperty() {
    for (byte[] seed : seeds) {
      assertThat(oracle.failure(seed)).as(new String(seed, StandardCharsets.UTF_8)).isEmpty();
    }
  }

  @TestFactory
  Stream<DynamicTest> mutatedInputsHoldTheProperty() {
    long nanosEach = SECONDS * 1_000_000_000L / Mutators.ALL.size();
    return Mutators.ALL.stream().map(m -> dynamicTest(m.name(), () -> fuzz(m, nanosEach)));
  }

  private static void fuzz(Mutator mutator, long nanos) {
    Random random = new Random(SEED ^ mutator.name().hashCode());
    long deadline = System.nanoTime() + nanos;
    List<String> failures = new ArrayList<>();
    int tried = 0;
    while (System.nanoTime() < deadline && failures.size() < FAILURES_PER_MUTATOR) {
      byte[] input = mutator.mutate(seeds.get(random.nextInt(seeds.size())), random);
      if (random.nextInt(4) == 0) {
        input = Mutators.ALL.get(random.nextInt(Mutators.ALL.size())).mutate(input, random);
      }
      tried++;
      byte[] failing = input;
      oracle.failure(input).ifPresent(why -> failures.add(save(mutator, failing, why)));
    }
    TRIED.put(mutator.name(), tried);
    assertThat(failures).as("%s: %d inputs tried, failures saved in %s", mutator, tried,
        FAILURES.toAbsolutePath()).isEmpty();
  }

  /** Writes the failing input and why it failed; returns a one-line summary. */
  private static String save(Mutator mutator, byte[] input, String why) {
    try {
      String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input))
          .substring(0, 12);
      Files.createDirectories(FAILURES);
      Path file = FAILURES.resolve(mutator.name() + "-" + hash + ".json");
      Files.write(file, input);
      Files.write(FAILURES.resolve(mutator.name() + "-" + hash + ".txt"),
          why.getBytes(StandardCharsets.UTF_8));
      int nl = why.indexOf('\n');
      return file.getFileName() + ": " + (nl < 0 ? why : why.substring(0, nl));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
