package eu.fami.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code fami} command line. Exit codes: 0 no error, 1 at least one ERROR in some file, 2 usage
 * error or unreadable path.
 *
 * <pre>{@code fami validate --format json examples/documents/project-com-in-5.json}</pre>
 */
@Command(
    addMethodSubcommands = false, // no method is a subcommand: picocli need not scan them
    name = "fami",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Validate, inspect and export FAMI/AMIF programme data in the fami/1 format.")
public final class FamiCli {
  /**
   * The subcommands by name, in the order of the help. Only the one invoked is given to picocli
   * (all of them for anything else: help, an unknown command), since building a command's model
   * is most of the CLI's start-up time.
   */
  private static final Map<String, Class<?>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("validate", ValidateCommand.class);
    COMMANDS.put("rules", RulesCommand.class);
    COMMANDS.put("catalogue", CatalogueCommand.class);
    COMMANDS.put("schema", SchemaCommand.class);
    COMMANDS.put("export", ExportCommand.class);
    COMMANDS.put("generate", GenerateCommand.class);
  }

  private static final String PICOCLI_EXCLUDES = "picocli.converters.excludes";

  /** Exit code: no error. */
  public static final int OK = 0;
  /** Exit code: at least one ERROR in some file. */
  public static final int INVALID = 1;
  /** Exit code: usage error or unreadable path. */
  public static final int USAGE = 2;

  private FamiCli() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    WarmUp.startFor(args);
    if (System.getProperty(PICOCLI_EXCLUDES) == null) {
      // no option takes a java.sql or java.time type: picocli need not look their converters up
      System.setProperty(PICOCLI_EXCLUDES, "java\\.sql\\..*,java\\.time\\..*");
    }
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the command line with {@code out} and {@code err}, returning the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new FamiCli());
    String invoked = args.length > 0 && COMMANDS.containsKey(args[0]) ? args[0] : null;
    for (Map.Entry<String, Class<?>> c : COMMANDS.entrySet()) {
      if (invoked == null || invoked.equals(c.getKey())) {
        cli.addSubcommand(c.getKey(), c.getValue());
      }
    }
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
