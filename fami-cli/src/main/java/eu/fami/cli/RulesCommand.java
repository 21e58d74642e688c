package eu.fami.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import eu.fami.rules.Fami;
import eu.fami.rules.spi.RuleDefinition;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fami rules}: lists every rule with its severity, source and message. */
@Command(addMethodSubcommands = false, name = "rules", mixinStandardHelpOptions = true,
    description = "List every rule: id, severity, source and message.")
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Options options;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws IOException {
    Fami fami = Fami.defaults();
    Locale locale = options.locale();
    PrintWriter out = spec.commandLine().getOut();
    if ("json".equals(format)) {
      try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartArray();
        for (RuleDefinition d : fami.rules().definitions()) {
          g.writeStartObject();
          g.writeStringField("rule", d.getId());
          g.writeStringField("group", d.getGroup());
          g.writeStringField("severity", d.getSeverity().name());
          g.writeStringField("source", d.getSource());
          g.writeArrayFieldStart("requires");
          for (RuleDefinition.Requirement r : d.getRequires()) {
            g.writeString(r.name());
          }
          g.writeEndArray();
          g.writeStringField("message", fami.messages().template(d.getId(), locale).orElse(""));
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      out.println();
    } else if ("text".equals(format)) {
      for (RuleDefinition d : fami.rules().definitions()) {
        out.printf("%-13s %-7s %s%n", d.getId(), d.getSeverity(),
            fami.messages().template(d.getId(), locale).orElse(""));
        if (!d.getSource().isEmpty()) {
          out.printf("%-21s (%s)%n", "", d.getSource());
        }
      }
      out.printf("%d rules%n", fami.rules().definitions().size());
    } else {
      throw new UsageException("--format must be text or json, not " + format);
    }
    out.flush();
    return FamiCli.OK;
  }
}
