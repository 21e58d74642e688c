package eu.fami.rules.builtin;

import eu.fami.model.Call;
import eu.fami.model.Period;
import eu.fami.model.Programme;
import eu.fami.model.Project;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.rules.spi.CallRule;
import eu.fami.rules.spi.CallScope;
import eu.fami.rules.spi.DatasetRule;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProgrammeRule;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.Rule;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import eu.fami.rules.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a rule of any kind over every valid fixture, standalone and inside a dataset, for the
 * "valid fixtures give no finding" tests; also runs project and call rules as inside a dataset.
 */
final class AllRules {
  private AllRules() {}

  /** The findings of {@code rule} over every fixture it can run on. */
  static List<Check.Finding> findings(Rule rule) {
    boolean needsCall = rule.definition().getRequires().contains(Requirement.CALL);
    Programme programme = Fixtures.programme();
    Call call = Fixtures.call();
    List<Check.Finding> found = new ArrayList<>();
    if (rule instanceof ProjectRule r) {
      found.addAll(Check.project(r, Fixtures.project(), call));
      found.addAll(inDataset(r, Fixtures.project(), call, programme));
      if (!needsCall) {
        found.addAll(Check.project(r, Fixtures.labImpact(), null));
      }
    }
    if (rule instanceof CallRule r) {
      found.addAll(Check.call(r, call));
      found.addAll(inDataset(r, call, programme));
    }
    if (rule instanceof ProgrammeRule r) {
      found.addAll(Check.programme(r, programme, List.of()));
      found.addAll(Check.programme(r, programme, List.of(call)));
    }
    if (rule instanceof DatasetRule r) {
      found.addAll(Check.dataset(r, programme, List.of(call), List.of(Fixtures.project())));
      found.addAll(Check.dataset(r, null, List.of(), List.of(Fixtures.labImpact())));
    }
    return found;
  }

  /** Runs a project rule on {@code project} as the first project of a dataset. */
  static List<Check.Finding> inDataset(ProjectRule rule, Project project, Call call, Programme programme) {
    List<Check.Finding> found = new ArrayList<>();
    rule.check(Check.scope(project, call, 0, true, programme), recorder(found, "/projects/0"));
    return found;
  }

  /** Runs a call rule on {@code call} as the first call of a dataset of {@code programme}. */
  static List<Check.Finding> inDataset(CallRule rule, Call call, Programme programme) {
    Period period = programme != null && programme.getPeriod() != null
        ? programme.getPeriod()
        : Period.P2021_2027;
    List<Check.Finding> found = new ArrayList<>();
    rule.check(
        CallScope.builder()
            .call(call)
            .pointer("/calls/0")
            .period(period)
            .catalogue(Catalogue.builtIn(period))
            .inDataset(true)
            .datasetProgramme(programme)
            .parameters(RuleParameters.DEFAULTS)
            .build(),
        recorder(found, "/calls/0"));
    return found;
  }

  private static Findings recorder(List<Check.Finding> found, String prefix) {
    return (pointer, arguments) -> found.add(new Check.Finding(prefix + pointer, Map.copyOf(arguments)));
  }
}
