package eu.fami.rules.builtin.eligibility;

import eu.fami.model.Call;
import eu.fami.model.LegalForm;
import eu.fami.model.Partner;
import eu.fami.model.PartnerRole;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The legal forms of the partners of one role against the forms a call lists for them; an empty
 * list admits any form. A partner without a legal form is FAMI-FMT-001's.
 */
abstract class LegalFormEligibility implements ProjectRule {
  private final PartnerRole role;

  LegalFormEligibility(PartnerRole role) {
    this.role = role;
  }

  /** The forms the call admits for the role. */
  abstract List<LegalForm> eligible(Call call);

  @Override
  public final void check(ProjectScope scope, Findings findings) {
    List<LegalForm> eligible = scope.getCall().map(this::eligible).orElse(List.of());
    if (eligible.isEmpty()) {
      return;
    }
    List<Partner> partners = scope.getProject().getPartners();
    for (int i = 0; i < partners.size(); i++) {
      Partner p = partners.get(i);
      if (p.getRole() == role && p.getLegalForm() != null && !eligible.contains(p.getLegalForm())) {
        findings.report(
            "/partners/" + i + "/legalForm",
            "partner", label(p, i),
            "legalForm", p.getLegalForm().name(),
            "eligible", eligible.stream().map(LegalForm::name).collect(Collectors.joining(", ")));
      }
    }
  }

  /** How the message names a partner: its id, else its name, else its position. */
  private static String label(Partner p, int index) {
    if (p.getId() != null) {
      return p.getId();
    }
    return p.getName() != null ? p.getName() : "#" + (index + 1);
  }
}
