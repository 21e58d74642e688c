package eu.fami.examples;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.io.FamiJson;
import eu.fami.model.Dataset;
import eu.fami.model.IndicatorTarget;
import eu.fami.model.ImmutableProject;
import eu.fami.model.Project;
import eu.fami.model.ReportDocument;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Violation;
import eu.fami.rules.Fami;
import eu.fami.rules.ValidationReport;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example, so that none of them rots. */
class ExamplesRunTest {
  static final Path DOCUMENTS = Path.of("documents");
  private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  void portalAcceptsAValidProjectAndExplainsAnInvalidOne() throws Exception {
    PortalBackend portal = new PortalBackend(FACTORY.getValidator());
    String body = Files.readString(DOCUMENTS.resolve("project-com-in-5.json"));
    assertThat(portal.submit(body).status()).isEqualTo(201);

    String invalid = body.replace("{ \"source\": \"EU_AMIF\", \"amount\": 1498000.00 }",
            "{ \"source\": \"EU_AMIF\", \"amount\": 2400000.00 }")
        .replace("{ \"source\": \"NATIONAL_ROTATION_FUND\", \"amount\": 1498000.00 }",
            "{ \"source\": \"NATIONAL_ROTATION_FUND\", \"amount\": 596000.00 }");
    PortalBackend.Response r = portal.submit(invalid);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.rule()).isEqualTo(RuleIds.BUD_004);
      assertThat(e.pointer()).isEqualTo("/financing/0/amount");
    });

    PortalBackend.Response broken = portal.submit("{\"format\":\"fami/1\",\"kind\":\"project\",");
    assertThat(broken.status()).isEqualTo(422);
    assertThat(broken.errors()).extracting(PortalBackend.ApiError::rule).contains(RuleIds.IO_001);
  }

  @Test
  void batchJobWritesReportsAndExitCode(@TempDir Path out) throws Exception {
    assertThat(BatchJob.run(DOCUMENTS.resolve("dataset-formazione-linguistica.json"), out)).isZero();
    assertThat(Files.readString(out.resolve("report.json"))).contains("\"valid\":true", "FAMI-BUD-012");
    assertThat(Files.readAllLines(out.resolve("violations.csv"))).hasSize(2);
    assertThat(BatchJob.run(out.resolve("missing.json"), out)).isEqualTo(2);
  }

  @Test
  void projectBuiltInCodeIsValidAndRoundTrips() {
    String json = BuildProjectExample.writeValidProject();
    assertThat(json).contains("\"format\"", "\"fami/1\"", "\"PROG-FL-LIG-2\"");
    Project back = FamiJson.defaults().read(json).document(Project.class).orElseThrow();
    assertThat(back).isEqualTo(BuildProjectExample.project());
  }

  @Test
  void regionalRuleAndCatalogueEntryApply() throws Exception {
    Fami liguria = RegionalRulesExample.liguria();
    ImmutableProject project = ImmutableProject.copyOf(BuildProjectExample.project())
        .withIndicators(List.of(IndicatorTarget.builder().id("O.2.3.1").target(500L).build()));
    ValidationReport report = liguria.validateProject(project);
    assertThat(report.getViolations()).extracting(Violation::getRule)
        .containsExactly(RegionalRulesExample.CourseSizeRule.ID);
    assertThat(liguria.messages().render(report.getViolations().get(0), Locale.ITALIAN))
        .isEqualTo("Il target di 500 partecipanti ai corsi di lingua supera il massimo dell'avviso, 400.");

    // the region's own national action "r" is known to its catalogue, not to the built-in one
    Project withR = ImmutableProject.copyOf(BuildProjectExample.project()).withClassification(
        eu.fami.model.ImmutableClassification.copyOf(BuildProjectExample.project().getClassification())
            .withNationalActions("r"));
    assertThat(liguria.validateProject(withR).isValid()).isTrue();
    assertThat(Fami.defaults().validateProject(withR).violationsOf(RuleIds.CAT_004)).hasSize(1);
  }

  @Test
  void monitoringFlowAppendsAnAcceptedReport() {
    FamiJson json = FamiJson.defaults();
    Dataset dataset = json.read(DOCUMENTS.resolve("dataset-formazione-linguistica.json"))
        .document(Dataset.class).orElseThrow();
    ReportDocument report = json.read(DOCUMENTS.resolve("report-fl-lig-2024-q1.json"))
        .document(ReportDocument.class).orElseThrow();
    MonitoringExample.Outcome outcome = MonitoringExample.submit(report, dataset);
    assertThat(outcome.reportCheck().getViolations()).isEmpty();
    assertThat(outcome.updated().getReports()).hasSize(3);
    assertThat(outcome.projectCheck().isValid()).isTrue();

    // the same quarter sent again is refused with FAMI-MON-001
    Dataset after = eu.fami.model.ImmutableDataset.copyOf(dataset).withProjects(
        outcome.updated(), dataset.getProjects().get(1), dataset.getProjects().get(2));
    MonitoringExample.Outcome again = MonitoringExample.submit(report, after);
    assertThat(again.reportCheck().getViolations()).extracting(Violation::getRule).contains(RuleIds.MON_001);
  }
}
