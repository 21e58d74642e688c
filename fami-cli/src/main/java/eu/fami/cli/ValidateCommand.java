package eu.fami.cli;

import eu.fami.io.ReadResult;
import eu.fami.model.Call;
import eu.fami.model.Dataset;
import eu.fami.model.Project;
import eu.fami.rules.Fami;
import eu.fami.rules.ImmutableRuleSelection;
import eu.fami.rules.RuleSelection;
import eu.fami.rules.ValidationContext;
import eu.fami.rules.ValidationReport;
import eu.fami.rules.render.ReportFormat;
import eu.fami.rules.render.ReportRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fami validate}: validates documents of any kind and prints a report per file. */
@Command(
    addMethodSubcommands = false, // no method is a subcommand: picocli need not scan them
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate fami/1 documents (programme, call, project, report, dataset).",
      "Exit code 0: no error; 1: at least one ERROR; 2: usage error or unreadable path."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Options options;

  @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}); json prints one object per file.")
  String format;

  @Option(names = "--context", paramLabel = "FILE",
      description = "What documents are checked against: the call of a project; the project (or a dataset) of a report.")
  Path context;

  @Option(names = "--catalogue", paramLabel = "FILE",
      description = "An amended or extra catalogue (fami-catalogue/1 JSON) applied to the built-in one of its period.")
  Path catalogue;

  @Option(names = "--disable", paramLabel = "ID", split = ",",
      description = "Disable a rule (FAMI-MON-002) or a group (MON); repeatable.")
  List<String> disable = new ArrayList<>();

  @Option(names = "--summary",
      description = "Print counts per rule with their first locations (text; json always holds them"
          + " in \"summary\"; csv has none).")
  boolean summary;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to validate.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    ReportFormat fmt = ReportFormat.fromName(format)
        .orElseThrow(() -> new UsageException("--format must be text, json or csv, not " + format));
    Fami fami = fami();
    ValidationContext ctx = context == null ? ValidationContext.NONE : readContext(fami, context);
    for (Path f : files) {
      if (!Files.isReadable(f) || Files.isDirectory(f)) {
        throw new UsageException("cannot read " + f);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    ReportRenderer renderer = ReportRenderer.of(fami.messages(), options.locale());
    if (fmt == ReportFormat.CSV) {
      out.print(ReportRenderer.CSV_HEADER + "\r\n");
    }
    boolean anyError = false;
    for (Path f : files) {
      IntConsumer progress = Progress.forTerminal(spec.commandLine().getErr(), f.toString());
      ValidationReport report;
      try {
        report = fami.validate(f, ctx, v -> {}, progress);
      } finally {
        Progress.done(progress);
      }
      anyError |= !report.isValid();
      switch (fmt) {
        case TEXT:
          renderer.text(report, out);
          if (summary) {
            renderer.summaryText(report, out);
          }
          break;
        case JSON:
          renderer.json(report, out);
          out.print('\n');
          break;
        case CSV:
          renderer.csvRows(report, out);
          break;
        default:
          throw new AssertionError(fmt);
      }
    }
    out.flush();
    return anyError ? FamiCli.INVALID : FamiCli.OK;
  }

  private Fami fami() {
    Fami base = Fami.defaults();
    if (disable.isEmpty() && catalogue == null) {
      return base;
    }
    ImmutableRuleSelection.Builder selection = RuleSelection.builder();
    for (String id : disable) {
      if (base.rules().definition(id).isPresent()) {
        selection.addDisabledRules(id);
      } else if (base.rules().definitions().stream().anyMatch(d -> d.getGroup().equals(id))) {
        selection.addDisabledGroups(id);
      } else {
        throw new UsageException("unknown rule or group: " + id);
      }
    }
    Fami.Builder b = Fami.builder().selection(selection.build());
    if (catalogue != null) {
      b.catalogue(CatalogueOption.read(catalogue));
    }
    return b.build();
  }

  private static ValidationContext readContext(Fami fami, Path file) {
    if (!Files.isReadable(file)) {
      throw new UsageException("cannot read context " + file);
    }
    ReadResult read = fami.json().read(file);
    if (read.hasErrors()) {
      throw new UsageException("context " + file + " cannot be read: " + read.problems().get(0).getRule()
          + " at " + read.problems().get(0).getLocation().getPointer());
    }
    Object doc = read.document();
    if (doc instanceof Call) {
      return ValidationContext.ofCall((Call) doc);
    }
    if (doc instanceof Project) {
      return ValidationContext.ofProject((Project) doc);
    }
    if (doc instanceof Dataset) {
      return ValidationContext.ofDataset((Dataset) doc);
    }
    throw new UsageException("context " + file + " must be a call, a project or a dataset");
  }
}
