package eu.fami.cli;

import eu.fami.io.schema.JsonSchemas;
import eu.fami.model.DocumentKind;
import eu.fami.rules.render.ReportSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fami schema KIND}: prints the JSON Schema of a document kind or of the validation report. */
@Command(addMethodSubcommands = false, name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of a document kind, generated from the model,"
        + " or of the JSON validation report.")
final class SchemaCommand implements Callable<Integer> {
  static final String VALIDATION_REPORT = "validation-report";

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "KIND",
      description = "programme, call, project, report, dataset or " + VALIDATION_REPORT + ".")
  String kind;

  @Override
  public Integer call() {
    String schema;
    if (VALIDATION_REPORT.equals(kind)) {
      schema = ReportSchema.json();
    } else {
      schema = DocumentKind.fromCode(kind).map(JsonSchemas::of).orElseThrow(() -> new UsageException(
          "KIND must be programme, call, project, report, dataset or " + VALIDATION_REPORT
              + ", not " + kind));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(schema);
    out.flush();
    return FamiCli.OK;
  }
}
