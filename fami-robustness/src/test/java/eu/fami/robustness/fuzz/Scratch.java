package eu.fami.robustness.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the oracle writes its inputs to validate them as files. */
final class Scratch {
  /** A memory file system, where the operating system offers one: a write per input costs less. */
  private static final Path MEMORY = Path.of("/dev/shm");

  private Scratch() {}

  /** A directory in memory when there is one, otherwise {@code fallback}. */
  static Path directory(Path fallback) {
    return Files.isDirectory(MEMORY) && Files.isWritable(MEMORY) ? MEMORY : fallback;
  }
}
