package eu.fami.robustness.documents;

import eu.fami.model.Amount;
import eu.fami.model.Call;
import eu.fami.model.Dataset;
import eu.fami.model.ImmutableCall;
import eu.fami.model.ImmutablePartner;
import eu.fami.model.ImmutableProgramme;
import eu.fami.model.ImmutableProject;
import eu.fami.model.LegalForm;
import eu.fami.model.Partner;
import eu.fami.model.PartnerRole;
import eu.fami.model.Period;
import eu.fami.model.Programme;
import eu.fami.model.Project;
import eu.fami.model.Rate;
import eu.fami.model.ReportDocument;
import eu.fami.rules.ValidationContext;
import eu.fami.testkit.Fixtures;
import eu.fami.testkit.ProjectFixture;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Valid documents of every kind, each with the context it is valid in: the testkit's fixtures with
 * their parameters (serial, period, call, budget total, EU share, partners, reports, number of
 * projects) drawn by jqwik, and every free text (titles, summaries, names) replaced by arbitrary
 * Unicode text ({@link AnyDocuments#text()}).
 *
 * <pre>{@code @Provide Arbitrary<ValidDocuments.Case> valid() { return ValidDocuments.all(); }}</pre>
 */
public final class ValidDocuments {
  /** Partner forms that every call of the fixtures admits. */
  private static final List<LegalForm> PARTNER_FORMS = List.of(
      LegalForm.LOCAL_AUTHORITY, LegalForm.SCHOOL, LegalForm.UNIVERSITY, LegalForm.THIRD_SECTOR,
      LegalForm.OTHER_PUBLIC_BODY);

  private ValidDocuments() {}

  /** A valid document and the context it is valid in. */
  public static final class Case {
    private final Object document;
    private final ValidationContext context;

    Case(Object document, ValidationContext context) {
      this.document = document;
      this.context = context;
    }

    /** The document (a Programme, Call, Project, ReportDocument or Dataset). */
    public Object document() {
      return document;
    }

    /** What it is validated against. */
    public ValidationContext context() {
      return context;
    }

    @Override
    public String toString() {
      return document.getClass().getSimpleName() + " " + document;
    }
  }

  /** Valid documents of every kind. */
  public static Arbitrary<Case> all() {
    return Arbitraries.oneOf(programmes(), calls(), projects(), reports(), datasets());
  }

  /** Valid non-blank text. */
  static Arbitrary<String> title() {
    return AnyDocuments.text().filter(s -> !s.isBlank());
  }

  /** The programme with arbitrary title and managing authority. */
  public static Arbitrary<Case> programmes() {
    return Combinators.combine(title(), title()).as((t, m) -> new Case(
        ImmutableProgramme.copyOf(Fixtures.programme()).withTitle(t).withManagingAuthority(m),
        ValidationContext.NONE));
  }

  /** Calls of either period, allocation, maximum grant and EU share. */
  public static Arbitrary<Case> calls() {
    return Combinators.combine(periods(), euros(1_000_000, 100_000_000), share(10, 75), title())
        .as((period, allocation, maxShare, title) -> {
          Call c = Fixtures.call().withPeriod(period).withAllocation(allocation)
              .withMaxGrant(allocation).withMaxEuShare(maxShare).build();
          return new Case(ImmutableCall.copyOf(c).withTitle(title), ValidationContext.NONE);
        });
  }

  /** Projects alone or with their call, with any budget, EU share, partners and reports. */
  public static Arbitrary<Case> projects() {
    Arbitrary<Boolean> withCall = Arbitraries.of(true, false);
    return Combinators.combine(project(), withCall, texts()).as((f, call, texts) -> {
      if (call) {
        Call c = Fixtures.call().withPeriod(f.period).build();
        Project p = f.fixture.withCall(c).withEuShare(lower(f.share, c.getMaxEuShare())).build();
        return new Case(retitled(p, texts), ValidationContext.ofCall(c));
      }
      return new Case(retitled(f.fixture.withEuShare(f.share).build(), texts),
          ValidationContext.NONE);
    });
  }

  /** The next quarterly report of a project, against that project. */
  public static Arbitrary<Case> reports() {
    return project().map(f -> {
      Project p = f.fixture.withEuShare(f.share).build();
      ReportDocument r = Fixtures.report(p);
      return new Case(r, ValidationContext.ofProject(p));
    });
  }

  /** Datasets of up to five projects, with arbitrary project titles. */
  public static Arbitrary<Case> datasets() {
    return Combinators.combine(Arbitraries.integers().between(0, 5), texts()).as((n, texts) -> {
      Dataset d = Fixtures.dataset(n);
      List<Project> projects = new ArrayList<>();
      for (Project p : d.getProjects()) {
        projects.add(retitled(p, texts));
      }
      return new Case(Dataset.builder().from(d).projects(projects).build(), ValidationContext.NONE);
    });
  }

  /** Project fixture parameters. */
  private static final class Drawn {
    final ProjectFixture fixture;
    final Period period;
    final Rate share;

    Drawn(ProjectFixture fixture, Period period, Rate share) {
      this.fixture = fixture;
      this.period = period;
      this.share = share;
    }
  }

  private static Arbitrary<Drawn> project() {
    Arbitrary<Integer> serial = Arbitraries.integers().between(1, 9999);
    Arbitrary<List<LegalForm>> partners = Arbitraries.of(PARTNER_FORMS).list().ofMaxSize(4);
    Arbitrary<List<Boolean>> associates = Arbitraries.of(true, false).list().ofSize(4);
    Arbitrary<Integer> reports = Arbitraries.integers().between(0, 4);
    return Combinators.combine(serial, periods(), euros(20_000, 3_000_000), share(0, 75), partners,
        associates, reports).as((s, period, total, share, forms, assoc, n) -> {
          ProjectFixture f = Fixtures.project().withSerial(s).withPeriod(period)
              .withBudgetTotal(total).withReports(n);
          for (int i = 0; i < forms.size(); i++) {
            f = f.withPartner(forms.get(i), assoc.get(i) ? PartnerRole.ASSOCIATE : PartnerRole.PARTNER);
          }
          return new Drawn(f, period, share);
        });
  }

  /** Arbitrary text for the title, summary and partner names of a project. */
  private static Arbitrary<List<String>> texts() {
    return title().list().ofSize(8);
  }

  private static Project retitled(Project p, List<String> texts) {
    List<Partner> partners = new ArrayList<>();
    for (int i = 0; i < p.getPartners().size(); i++) {
      partners.add(ImmutablePartner.copyOf(p.getPartners().get(i))
          .withName(texts.get(2 + i % (texts.size() - 2))));
    }
    return ImmutableProject.copyOf(p).withTitle(texts.get(0)).withSummary(texts.get(1))
        .withPartners(partners);
  }

  private static Rate lower(Rate a, Rate b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Arbitrary<Period> periods() {
    return Arbitraries.of(Period.class);
  }

  /** Amounts in cents between {@code min} and {@code max} euros. */
  private static Arbitrary<Amount> euros(long min, long max) {
    return Arbitraries.longs().between(min * 100, max * 100)
        .map(cents -> Amount.of(BigDecimal.valueOf(cents, 2)));
  }

  /** Shares with two decimals from {@code min}% to {@code max}%. */
  private static Arbitrary<Rate> share(int min, int max) {
    return Arbitraries.integers().between(min, max).map(p -> Rate.of(BigDecimal.valueOf(p, 2)));
  }
}
