package eu.fami.testkit;

import eu.fami.model.Amount;
import eu.fami.model.Call;
import eu.fami.model.Classification;
import eu.fami.model.LegalForm;
import eu.fami.model.Period;
import eu.fami.model.ProjectWindow;
import eu.fami.model.Rate;
import eu.fami.testkit.internal.Reference;
import java.time.LocalDate;
import java.util.List;

/**
 * A valid call with sensible defaults; each {@code with...} returns a new fixture, so that one
 * fixture can be the base of many. By default: the 2021-2027 civic-language training call (OS2 /
 * 2.d / 2.h / action b), open to regions as leads and to local authorities, schools, universities,
 * third-sector and other public bodies as partners; EUR 30 000 000 allocated, at most EUR 3 000 000
 * per project and an EU share of at most 60% (below the 75% of its implementation modality, so that
 * the two caps can be broken apart); projects from 2023-07-01 to 2026-12-31, at most 42 months.
 *
 * <pre>{@code Call call = Fixtures.call().withMaxGrant(Amount.ofEuros(1_000_000)).build();}</pre>
 */
public final class CallFixture {
  /** The default allocation of the call. */
  static final Amount ALLOCATION = Amount.ofEuros(30_000_000);

  private Period period = Period.P2021_2027;
  private String code;
  private Classification classification;
  private Amount allocation = ALLOCATION;
  private Amount maxGrant = Amount.ofEuros(3_000_000);
  private Rate maxEuShare = Rate.of("0.60");
  private List<LegalForm> leadForms = List.of(LegalForm.REGION);
  private List<LegalForm> partnerForms =
      List.of(
          LegalForm.LOCAL_AUTHORITY,
          LegalForm.SCHOOL,
          LegalForm.UNIVERSITY,
          LegalForm.THIRD_SECTOR,
          LegalForm.OTHER_PUBLIC_BODY);

  CallFixture() {}

  private CallFixture(CallFixture f) {
    period = f.period;
    code = f.code;
    classification = f.classification;
    allocation = f.allocation;
    maxGrant = f.maxGrant;
    maxEuShare = f.maxEuShare;
    leadForms = f.leadForms;
    partnerForms = f.partnerForms;
  }

  /** The call's code (default {@code AVVISO-FIX-2023}, or {@code AVVISO-FIX-2018} in 2014-2020). */
  public CallFixture withCode(String code) {
    CallFixture f = new CallFixture(this);
    f.code = code;
    return f;
  }

  /**
   * The programming period; 2014-2020 gives a 2018 call under OS2 / national objective ON2 with the
   * call actions 01-04, projects from 2018-10-01 to 2022-12-31, at most 48 months.
   */
  public CallFixture withPeriod(Period period) {
    CallFixture f = new CallFixture(this);
    f.period = period;
    return f;
  }

  /** The classification every project must match (default: civic-language training). */
  public CallFixture withClassification(Classification classification) {
    CallFixture f = new CallFixture(this);
    f.classification = classification;
    return f;
  }

  /** The money the call distributes. */
  public CallFixture withAllocation(Amount allocation) {
    CallFixture f = new CallFixture(this);
    f.allocation = allocation;
    return f;
  }

  /** The largest grant of one project. */
  public CallFixture withMaxGrant(Amount maxGrant) {
    CallFixture f = new CallFixture(this);
    f.maxGrant = maxGrant;
    return f;
  }

  /** The largest EU share of one project. */
  public CallFixture withMaxEuShare(Rate maxEuShare) {
    CallFixture f = new CallFixture(this);
    f.maxEuShare = maxEuShare;
    return f;
  }

  /** The legal forms a lead may have (none: any). */
  public CallFixture withEligibleLeadForms(LegalForm... forms) {
    CallFixture f = new CallFixture(this);
    f.leadForms = List.of(forms);
    return f;
  }

  /** The legal forms a partner may have (none: any). */
  public CallFixture withEligiblePartnerForms(LegalForm... forms) {
    CallFixture f = new CallFixture(this);
    f.partnerForms = List.of(forms);
    return f;
  }

  /** The call. */
  public Call build() {
    boolean old = period == Period.P2014_2020;
    int year = old ? 2018 : 2023;
    return Call.builder()
        .code(code != null ? code : "AVVISO-FIX-" + year)
        .programme(Reference.programmeCode(period))
        .period(period)
        .title(
            old
                ? "Piani regionali per l'integrazione dei cittadini di paesi terzi"
                : "Piani regionali per la formazione civico linguistica 2023-2026")
        .classification(
            classification != null ? classification : Reference.languageTraining(period))
        .actions(old ? List.of("01", "02", "03", "04") : List.of())
        .opens(LocalDate.of(year, old ? 5 : 3, 1))
        .closes(LocalDate.of(year, old ? 7 : 5, 31))
        .eligibleLeadForms(leadForms)
        .eligiblePartnerForms(partnerForms)
        .allocation(allocation)
        .maxGrant(maxGrant)
        .maxEuShare(maxEuShare)
        .projectWindow(
            ProjectWindow.builder()
                .earliestStart(LocalDate.of(year, old ? 10 : 7, 1))
                .latestEnd(old ? LocalDate.of(2022, 12, 31) : LocalDate.of(2026, 12, 31))
                .build())
        .maxDurationMonths(old ? 48L : 42L)
        .build();
  }
}
