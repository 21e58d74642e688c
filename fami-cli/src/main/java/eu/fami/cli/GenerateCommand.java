package eu.fami.cli;

import eu.fami.testkit.generate.DatasetGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fami generate}: a valid synthetic dataset, the same for the same seed, written streaming. */
@Command(addMethodSubcommands = false, name = "generate", mixinStandardHelpOptions = true,
    description = "Write a valid synthetic 2021-2027 dataset of N projects (for tests and benchmarks),"
        + " byte for byte the same for the same N and seed, in constant memory.")
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--projects", required = true, paramLabel = "N",
      description = "Number of projects, 0 to " + DatasetGenerator.MAX_PROJECTS + ".")
  int projects;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
      description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    DatasetGenerator generator;
    try {
      generator = DatasetGenerator.builder().projects(projects).seed(seed).build();
    } catch (IllegalArgumentException e) {
      throw new UsageException("--projects: " + e.getMessage());
    }
    if (output == null) {
      try (Utf8WriterStream out = new Utf8WriterStream(spec.commandLine().getOut())) {
        generator.write(out);
      }
      return FamiCli.OK;
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent) || Files.isDirectory(output)) {
      throw new UsageException("cannot write " + output);
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
      generator.write(out);
    }
    return FamiCli.OK;
  }
}
