package eu.fami.rules.builtin;

import eu.fami.model.Call;
import eu.fami.model.Period;
import eu.fami.model.Programme;
import eu.fami.model.Project;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.rules.spi.CallRule;
import eu.fami.rules.spi.CallScope;
import eu.fami.rules.spi.DatasetRule;
import eu.fami.rules.spi.DatasetScope;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProgrammeRule;
import eu.fami.rules.spi.ProgrammeScope;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs one rule on in-memory documents and returns its findings, for rule unit tests. */
final class Check {
  /** One finding: absolute pointer and arguments. */
  record Finding(String pointer, Map<String, String> arguments) {}

  private Check() {}

  private static final class Recorder implements Findings {
    final List<Finding> found = new ArrayList<>();
    String prefix = "";

    @Override
    public void report(String pointer, Map<String, String> arguments) {
      found.add(new Finding(prefix + pointer, Map.copyOf(arguments)));
    }
  }

  static ProjectScope scope(Project p, Call call, int index, boolean inDataset, Programme programme) {
    Period period = p.getPeriod() != null ? p.getPeriod() : Period.P2021_2027;
    return ProjectScope.builder()
        .project(p)
        .pointer(inDataset ? "/projects/" + index : "")
        .index(index)
        .period(period)
        .catalogue(Catalogue.builtIn(period))
        .call(Optional.ofNullable(call))
        .inDataset(inDataset)
        .datasetProgramme(programme)
        .parameters(RuleParameters.DEFAULTS)
        .build();
  }

  /** Runs {@code rule} on a standalone project, with {@code call} (may be null). */
  static List<Finding> project(ProjectRule rule, Project p, Call call) {
    Recorder r = new Recorder();
    rule.check(scope(p, call, 0, false, null), r);
    return r.found;
  }

  /** Runs {@code rule} on a standalone call. */
  static List<Finding> call(CallRule rule, Call c) {
    Period period = c.getPeriod() != null ? c.getPeriod() : Period.P2021_2027;
    Recorder r = new Recorder();
    rule.check(
        CallScope.builder()
            .call(c)
            .pointer("")
            .period(period)
            .catalogue(Catalogue.builtIn(period))
            .inDataset(false)
            .parameters(RuleParameters.DEFAULTS)
            .build(),
        r);
    return r.found;
  }

  /** Runs {@code rule} on a programme with the calls of its dataset. */
  static List<Finding> programme(ProgrammeRule rule, Programme p, List<Call> calls) {
    Recorder r = new Recorder();
    Period period = p.getPeriod() != null ? p.getPeriod() : Period.P2021_2027;
    rule.check(
        ProgrammeScope.builder()
            .programme(p)
            .pointer(calls.isEmpty() ? "" : "/programme")
            .calls(calls)
            .catalogue(Catalogue.builtIn(period))
            .parameters(RuleParameters.DEFAULTS)
            .build(),
        r);
    return r.found;
  }

  /**
   * Runs {@code rule} over a dataset of {@code projects} (their calls looked up in {@code calls});
   * with {@code programme} null and one project, as over a project document.
   */
  static List<Finding> dataset(DatasetRule rule, Programme programme, List<Call> calls, List<? extends Project> projects) {
    boolean dataset = programme != null || projects.size() > 1;
    Recorder r = new Recorder();
    DatasetRule.Aggregate a =
        rule.start(
            DatasetScope.builder()
                .dataset(dataset)
                .programme(programme)
                .calls(calls)
                .catalogue(Catalogue.builtIn(Period.P2021_2027))
                .parameters(RuleParameters.DEFAULTS)
                .build());
    for (int i = 0; i < projects.size(); i++) {
      Project p = projects.get(i);
      Call call = calls.stream().filter(c -> c.getCode().equals(p.getCall())).findFirst().orElse(null);
      ProjectScope s = scope(p, call, i, dataset, programme);
      r.prefix = s.getPointer();
      a.accept(s, r);
    }
    r.prefix = "";
    a.finish(r);
    return r.found;
  }
}
