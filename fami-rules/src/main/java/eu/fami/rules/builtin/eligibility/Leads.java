package eu.fami.rules.builtin.eligibility;

import eu.fami.model.Partner;
import eu.fami.model.PartnerRole;
import eu.fami.model.Project;
import java.util.Optional;

/** The lead partners of a project. */
final class Leads {
  private Leads() {}

  /** How many partners have the role LEAD. */
  static long count(Project project) {
    return project.getPartners().stream().filter(p -> p.getRole() == PartnerRole.LEAD).count();
  }

  /** The lead, when there is exactly one (FAMI-ELIG-001 reports otherwise). */
  static Optional<Partner> single(Project project) {
    return count(project) == 1
        ? project.getPartners().stream().filter(p -> p.getRole() == PartnerRole.LEAD).findFirst()
        : Optional.empty();
  }
}
