package eu.fami.bench;

import eu.fami.testkit.generate.DatasetGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The benchmarks' datasets: valid datasets of the testkit's {@link DatasetGenerator} with a fixed
 * seed, generated once per size into a directory and reused by every later run.
 *
 * <pre>{@code Path file = BenchDatasets.ensure(BenchDatasets.dataDir(), 10_000);}</pre>
 */
public final class BenchDatasets {
  /** The seed of every generated dataset. */
  public static final long SEED = 20_230_701L;

  private BenchDatasets() {}

  /** Where the datasets are kept: {@code -Dfami.bench.data}, by default {@code target/bench-data}. */
  public static Path dataDir() {
    return Path.of(System.getProperty("fami.bench.data", "target/bench-data"));
  }

  /**
   * The dataset of {@code projects} projects in {@code dir} ({@code projects-N.json}), generated
   * (atomically) when it is not there yet.
   */
  public static Path ensure(Path dir, int projects) {
    Path file = dir.resolve("projects-" + projects + ".json");
    if (Files.isRegularFile(file)) {
      return file;
    }
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "projects-" + projects, ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        DatasetGenerator.builder().projects(projects).seed(SEED).build().write(out);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Generates the missing datasets: {@code DIR PROJECTS...}. */
  public static void main(String[] args) {
    for (int i = 1; i < args.length; i++) {
      System.out.println(ensure(Path.of(args[0]), Integer.parseInt(args[i])));
    }
  }
}
