package eu.fami.rules.builtin.budget;

import eu.fami.model.Call;
import eu.fami.model.Project;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.builtin.Format;
import eu.fami.rules.spi.DatasetRule;
import eu.fami.rules.spi.DatasetScope;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * FAMI-BUD-009: the grants of a call's ADMITTED and CLOSED projects (no status means ADMITTED) do
 * not exceed the call's {@code allocation}. Keeps one sum per call of the dataset; reported after
 * the last project at {@code /calls/i/allocation}; only in a dataset (a project document's call is
 * not part of it). A project whose grant cannot be judged adds nothing; a call code held twice
 * (FAMI-FMT-008) counts for its first call.
 */
public final class CallGrantsWithinAllocation implements DatasetRule {
  private static final RuleDefinition DEFINITION = Definitions.error(RuleIds.BUD_009, "call");

  /** The rule. */
  public CallGrantsWithinAllocation() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public Aggregate start(DatasetScope scope) {
    return new Sums(scope.isDataset() ? scope.getCalls() : List.of());
  }

  /** The grants per call so far. */
  private static final class Sums implements Aggregate {
    private final List<Call> calls;
    private final Map<String, Integer> indexByCode = new HashMap<>();
    private final BigDecimal[] grants;

    Sums(List<Call> calls) {
      this.calls = calls;
      this.grants = new BigDecimal[calls.size()];
      for (int i = 0; i < calls.size(); i++) {
        if (calls.get(i).getCode() != null) {
          indexByCode.putIfAbsent(calls.get(i).getCode(), i);
        }
        grants[i] = BigDecimal.ZERO;
      }
    }

    @Override
    public void accept(ProjectScope scope, Findings findings) {
      Project project = scope.getProject();
      Integer call = project.getCall() == null ? null : indexByCode.get(project.getCall());
      if (call != null && project.effectiveStatus().isFunded()) {
        Money.grant(project).ifPresent(grant -> grants[call] = grants[call].add(grant));
      }
    }

    @Override
    public void finish(Findings findings) {
      for (int i = 0; i < calls.size(); i++) {
        BigDecimal allocation = Money.judgeable(calls.get(i).getAllocation());
        if (allocation != null && grants[i].compareTo(allocation) > 0) {
          findings.report("/calls/" + i + "/allocation", "call", calls.get(i).getCode(),
              "grants", Format.amount(grants[i]), "allocation", Format.amount(allocation));
        }
      }
    }
  }
}
