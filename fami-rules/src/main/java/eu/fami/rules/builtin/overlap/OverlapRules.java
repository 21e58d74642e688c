package eu.fami.rules.builtin.overlap;

import eu.fami.rules.spi.Rule;
import java.util.List;

/** The overlap rules FAMI-OVL-001..004, in catalogue order. */
public final class OverlapRules {
  private OverlapRules() {}

  /** One instance of each overlap rule, in id order. */
  public static List<Rule> rules() {
    return List.of(
        new CupUsedOnce(),
        new ProjectCodeUnique(),
        new ExpenditureDeclaredOnce(),
        new OverlappingProjects());
  }
}
