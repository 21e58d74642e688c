package eu.fami.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code fami} command line. Exit codes: 0 no error, 1 at least one ERROR in some file, 2 usage
 * error or unreadable path.
 *
 * <pre>{@code fami validate --format json examples/documents/project-com-in-5.json}</pre>
 */
@Command(
    name = "fami",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Validate, inspect and export FAMI/AMIF programme data in the fami/1 format.",
    subcommands = {
      ValidateCommand.class,
      RulesCommand.class,
      CatalogueCommand.class,
      SchemaCommand.class,
      ExportCommand.class,
      GenerateCommand.class
    })
public final class FamiCli {
  /** Exit code: no error. */
  public static final int OK = 0;
  /** Exit code: at least one ERROR in some file. */
  public static final int INVALID = 1;
  /** Exit code: usage error or unreadable path. */
  public static final int USAGE = 2;

  private FamiCli() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with {@code out} and {@code err}, returning the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new FamiCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          // a usage problem found while running (an unreadable path, an unknown rule id)
          commandLine.getErr().println("fami: " + e.getMessage());
          return USAGE;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
