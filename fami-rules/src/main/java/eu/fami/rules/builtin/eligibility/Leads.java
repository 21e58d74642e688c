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
    long leads = 0;
    for (Partner p : project.getPartners()) {
      if (p.getRole() == PartnerRole.LEAD) {
        leads++;
      }
    }
    return leads;
  }

  /** The lead, when there is exactly one (FAMI-ELIG-001 reports otherwise). */
  static Optional<Partner> single(Project project) {
    Partner lead = null;
    for (Partner p : project.getPartners()) {
      if (p.getRole() == PartnerRole.LEAD) {
        if (lead != null) {
          return Optional.empty();
        }
        lead = p;
      }
    }
    return Optional.ofNullable(lead);
  }
}
