package eu.fami.cli;

import eu.fami.io.export.OperationsExport;
import eu.fami.io.export.Profile;
import eu.fami.model.report.Location;
import eu.fami.model.report.Violation;
import eu.fami.rules.Fami;
import eu.fami.rules.Messages;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code fami export}: the open-data list of operations (CPR Art 49(3)) of a dataset or a project,
 * as CSV on standard output. Read problems go to standard error; a project that could not be read
 * is skipped; exit code 1 when reading reported an error.
 */
@Command(addMethodSubcommands = false, name = "export", mixinStandardHelpOptions = true,
    description = {
      "Print the open-data list of operations (CPR Art 49(3)) of a dataset or project as CSV:"
          + " one row per admitted or closed project. Read problems are noted on standard error;"
          + " a project that cannot be read is skipped.",
      "Exit code 0: exported; 1: the file has read errors; 2: usage error or unreadable path."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Options options;

  @Option(names = "--format", paramLabel = "csv", defaultValue = "csv",
      description = "Output format (default: ${DEFAULT-VALUE}; the only one).")
  String format;

  @Option(names = "--profile", paramLabel = "rfc4180|opencoesione", defaultValue = "rfc4180",
      description = "rfc4180 (default): comma, English column names, ISO dates, decimal point;"
          + " opencoesione: semicolon, OpenCoesione-style column names, dates yyyyMMdd,"
          + " decimal comma, ':::' between values, a byte order mark.")
  String profile;

  @Option(names = "--delimiter", paramLabel = "C",
      description = "Field delimiter, one character (\\t for a tab); default: the profile's.")
  String delimiter;

  @Parameters(paramLabel = "FILE", description = "A dataset or project document.")
  Path file;

  @Override
  public Integer call() {
    if (!"csv".equals(format)) {
      throw new UsageException("--format must be csv, not " + format);
    }
    OperationsExport export = OperationsExport.of(profile());
    if (delimiter != null) {
      export = withDelimiter(export);
    }
    if (!Files.isReadable(file) || Files.isDirectory(file)) {
      throw new UsageException("cannot read " + file);
    }
    Locale locale = options.locale();
    Messages messages = Fami.defaults().messages();
    PrintWriter err = spec.commandLine().getErr();
    OperationsExport.Result result;
    try {
      result = export.export(file, spec.commandLine().getOut(), new OperationsExport.Listener() {
        @Override
        public void problem(Violation v) {
          err.println("fami export: " + file + " " + position(v.getLocation()) + " "
              + v.getSeverity() + " " + v.getRule() + " " + messages.render(v, locale));
        }

        @Override
        public void skipped(int index) {
          err.println("fami export: " + file + " /projects/" + index
              + " skipped: the project could not be read");
        }
      });
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (result.hasErrors() || result.skipped() > 0) {
      err.printf("fami export: %s: %d operations exported, %d projects skipped, %d read errors%n",
          file, result.exported(), result.skipped(), result.errors());
    }
    err.flush();
    return result.hasErrors() ? FamiCli.INVALID : FamiCli.OK;
  }

  private Profile profile() {
    switch (profile) {
      case "rfc4180":
        return Profile.RFC4180;
      case "opencoesione":
        return Profile.OPENCOESIONE;
      default:
        throw new UsageException("--profile must be rfc4180 or opencoesione, not " + profile);
    }
  }

  private OperationsExport withDelimiter(OperationsExport export) {
    String d = "\\t".equals(delimiter) ? "\t" : delimiter;
    if (d.length() != 1) {
      throw new UsageException("--delimiter must be one character, not '" + delimiter + "'");
    }
    try {
      return export.withDelimiter(d.charAt(0));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--delimiter: " + e.getMessage());
    }
  }

  private static String position(Location l) {
    String pointer = l.getPointer().isEmpty() ? "/" : l.getPointer();
    return l.hasPosition() ? l.getLine() + ":" + l.getColumn() + " " + pointer : pointer;
  }
}
