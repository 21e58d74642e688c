package eu.fami.rules.builtin.budget;

import eu.fami.model.Allocation;
import eu.fami.model.Call;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.builtin.Format;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProgrammeRule;
import eu.fami.rules.spi.ProgrammeScope;
import eu.fami.rules.spi.RuleDefinition;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * FAMI-BUD-010 (PN): the allocations of the dataset's calls under one specific objective do not
 * exceed the programme's allocation ({@code amount}) to that objective. Findings are relative to
 * the programme, so the finding is at the programme's allocation ({@code /allocations/i/amount},
 * the first for the objective) and names the call whose allocation crosses it. An objective the
 * programme allocates nothing to, or whose allocation cannot be judged, is not judged; a call
 * allocation that cannot be judged adds nothing.
 */
public final class CallAllocationsWithinProgramme implements ProgrammeRule {
  private static final RuleDefinition DEFINITION = Definitions.error(RuleIds.BUD_010, "PN");

  /** The rule. */
  public CallAllocationsWithinProgramme() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProgrammeScope scope, Findings findings) {
    Map<String, BigDecimal> programme = new HashMap<>();
    Map<String, Integer> firstAllocation = new HashMap<>();
    Set<String> unjudgeable = new HashSet<>();
    List<Allocation> allocations = scope.getProgramme().getAllocations();
    for (int i = 0; i < allocations.size(); i++) {
      String objective = allocations.get(i).getSpecificObjective();
      BigDecimal amount = Money.judgeable(allocations.get(i).getAmount());
      if (objective != null) {
        firstAllocation.putIfAbsent(objective, i);
        programme.merge(objective, amount == null ? BigDecimal.ZERO : amount, BigDecimal::add);
        if (amount == null) {
          unjudgeable.add(objective);
        }
      }
    }
    programme.keySet().removeAll(unjudgeable);
    Map<String, BigDecimal> calls = new HashMap<>();
    Map<String, Call> crossing = new LinkedHashMap<>();
    for (Call call : scope.getCalls()) {
      String objective = call.getClassification() == null
          ? null
          : call.getClassification().getSpecificObjective();
      BigDecimal allocation = Money.judgeable(call.getAllocation());
      if (programme.containsKey(objective) && allocation != null) {
        BigDecimal sum = calls.merge(objective, allocation, BigDecimal::add);
        if (sum.compareTo(programme.get(objective)) > 0) {
          crossing.putIfAbsent(objective, call);
        }
      }
    }
    crossing.forEach((objective, call) -> findings.report(
        "/allocations/" + firstAllocation.get(objective) + "/amount",
        "objective", objective,
        "calls", Format.amount(calls.get(objective)),
        "allocation", Format.amount(programme.get(objective)),
        "call", Objects.toString(call.getCode(), "")));
  }
}
