package eu.fami.examples;

import eu.fami.io.catalogue.CatalogueFiles;
import eu.fami.model.Period;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.report.Severity;
import eu.fami.rules.Fami;
import eu.fami.rules.RuleSelection;
import eu.fami.rules.RuleSet;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A region adds its own call-specific rule (its own id and messages) and its own catalogue entries
 * (a national action its call uses), and makes a warning an error in its profile.
 *
 * <pre>{@code Fami liguria = RegionalRulesExample.liguria();}</pre>
 */
public final class RegionalRulesExample {
  private RegionalRulesExample() {}

  /** The region's rule: its language courses serve at most 400 participants per project. */
  public static final class CourseSizeRule implements ProjectRule {
    /** The rule's id, in the region's own namespace. */
    public static final String ID = "LIG-AVV-2025-001";

    @Override
    public RuleDefinition definition() {
      return RuleDefinition.builder()
          .id(ID)
          .group("LIG")
          .severity(Severity.ERROR)
          .source("Avviso Regione Liguria 2025, art. 5")
          .messageBundle("eu.fami.examples.liguria-messages")
          .build();
    }

    @Override
    public void check(ProjectScope scope, Findings findings) {
      var targets = scope.getProject().getIndicators();
      for (int i = 0; i < targets.size(); i++) {
        Long target = targets.get(i).getTarget();
        if ("O.2.3.1".equals(targets.get(i).getId()) && target != null && target > 400) {
          findings.report("/indicators/" + i + "/target", "target", target.toString(), "max", "400");
        }
      }
    }
  }

  /** The region's amendment: a national action "r" of its own under OS2, measure 2.d. */
  static final String AMENDMENT = "{\"format\":\"fami-catalogue/1\",\"period\":\"2021-2027\","
      + "\"source\":\"Regione Liguria, DGR 2025/123\",\"entries\":[{\"table\":\"NATIONAL_ACTION\","
      + "\"code\":\"r\",\"objective\":\"OS2\",\"parent\":\"2.d\","
      + "\"labelIt\":\"Sportelli linguistici di prossimità\",\"labelEn\":\"Local language desks\"}]}";

  /** The region's validator. */
  public static Fami liguria() throws IOException {
    Catalogue amended = CatalogueFiles.read(
        new ByteArrayInputStream(AMENDMENT.getBytes(StandardCharsets.UTF_8)), "liguria.json",
        Catalogue.builtIn(Period.P2021_2027));
    return Fami.builder()
        .catalogue(amended)
        .rules(RuleSet.builder().addBuiltIns().add(new CourseSizeRule()).build())
        .selection(RuleSelection.builder().putSeverities("FAMI-ELIG-007", Severity.ERROR).build())
        .build();
  }
}
