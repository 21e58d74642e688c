package eu.fami.cli;

import eu.fami.model.Period;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.catalogue.CatalogueEntry;
import eu.fami.model.catalogue.Sourced;
import eu.fami.model.catalogue.Table;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fami catalogue}: prints the reference data of a programming period. */
@Command(addMethodSubcommands = false, name = "catalogue", mixinStandardHelpOptions = true,
    description = "Print the reference data (codes, labels, figures, sources) of a programming period.")
final class CatalogueCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--period", paramLabel = "2021-2027|2014-2020", defaultValue = "2021-2027",
      description = "Programming period (default: ${DEFAULT-VALUE}).")
  String period;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}); json is the fami-catalogue/1 file format.")
  String format;

  @Option(names = "--catalogue", paramLabel = "FILE",
      description = "Apply an amended catalogue file to the built-in one before printing.")
  java.nio.file.Path amendment;

  @Override
  public Integer call() throws IOException {
    Period p = Period.fromCode(period)
        .orElseThrow(() -> new UsageException("--period must be 2021-2027 or 2014-2020, not " + period));
    Catalogue catalogue = amendment == null ? Catalogue.builtIn(p) : CatalogueOption.read(amendment);
    if (catalogue.period() != p) {
      throw new UsageException(amendment + " amends the " + catalogue.period() + " catalogue, not " + p);
    }
    PrintWriter out = spec.commandLine().getOut();
    if ("json".equals(format)) {
      CatalogueOption.write(catalogue, out);
    } else if ("text".equals(format)) {
      text(catalogue, out);
    } else {
      throw new UsageException("--format must be text or json, not " + format);
    }
    out.flush();
    return FamiCli.OK;
  }

  private static void text(Catalogue catalogue, PrintWriter out) {
    out.println("catalogue " + catalogue.period() + " (version " + catalogue.version() + ")");
    for (Table t : Table.values()) {
      if (catalogue.entries(t).isEmpty()) {
        continue;
      }
      out.println();
      out.println(t + " (" + catalogue.entries(t).size() + ")");
      for (CatalogueEntry e : catalogue.entries(t)) {
        out.printf("  %-10s %-6s %s / %s%s%n", e.getCode(),
            e.getObjective() == null ? "" : e.getObjective(), e.getLabelIt(), e.getLabelEn(),
            e.isUncertain() ? "  [uncertain]" : "");
        out.printf("  %-17s source: %s%n", "", e.getSource());
      }
    }
    out.println();
    out.println("FIGURES");
    for (Map.Entry<String, Sourced<?>> f : catalogue.figures().entrySet()) {
      Sourced<?> s = f.getValue();
      out.printf("  %-40s %s%s  (%s)%n", f.getKey(), s.value(), s.uncertain() ? " [uncertain]" : "",
          s.source());
    }
  }
}
