package eu.fami.rules.builtin.reference;

import eu.fami.rules.spi.Rule;
import java.util.List;

/** The reference rules FAMI-REF-001..002: references inside a dataset. */
public final class ReferenceRules {
  private ReferenceRules() {}

  /** The reference rules, in id order. */
  public static List<Rule> rules() {
    return List.of(new CallInDataset(), new DatasetProgrammeInherited());
  }
}
