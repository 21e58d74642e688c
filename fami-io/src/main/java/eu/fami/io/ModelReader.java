package eu.fami.io;

import eu.fami.model.AgeBreakdown;
import eu.fami.model.Allocation;
import eu.fami.model.Budget;
import eu.fami.model.BudgetLine;
import eu.fami.model.Call;
import eu.fami.model.Classification;
import eu.fami.model.Dataset;
import eu.fami.model.Expenditure;
import eu.fami.model.Financing;
import eu.fami.model.GenderBreakdown;
import eu.fami.model.ImmutableAgeBreakdown;
import eu.fami.model.ImmutableAllocation;
import eu.fami.model.ImmutableBudget;
import eu.fami.model.ImmutableBudgetLine;
import eu.fami.model.ImmutableCall;
import eu.fami.model.ImmutableClassification;
import eu.fami.model.ImmutableDataset;
import eu.fami.model.ImmutableExpenditure;
import eu.fami.model.ImmutableFinancing;
import eu.fami.model.ImmutableGenderBreakdown;
import eu.fami.model.ImmutableIndicatorTarget;
import eu.fami.model.ImmutableIndicatorValue;
import eu.fami.model.ImmutableIndirectCosts;
import eu.fami.model.ImmutablePartner;
import eu.fami.model.ImmutableProgramme;
import eu.fami.model.ImmutableProgressReport;
import eu.fami.model.ImmutableProject;
import eu.fami.model.ImmutableProjectWindow;
import eu.fami.model.IndicatorTarget;
import eu.fami.model.IndicatorValue;
import eu.fami.model.IndirectCosts;
import eu.fami.model.Partner;
import eu.fami.model.Programme;
import eu.fami.model.ProgressReport;
import eu.fami.model.Project;
import eu.fami.model.ProjectWindow;
import eu.fami.model.ReportDocument;
import java.util.function.Supplier;

/**
 * Reads the values of the model from a {@link Session}, one reader per type. A reader starts on
 * the value's first token and ends on its last; given an {@link Envelope} it reads the members of
 * a top-level document, whose object the caller has opened.
 */
final class ModelReader {
  static final Fields PROGRAMME = Fields.of("code", "period", "memberState", "title",
      "managingAuthority", "allocations", "minimumShareExplanation");
  static final Fields ALLOCATION =
      Fields.of("specificObjective", "amount", "euContribution", "declaredShare");
  static final Fields CALL = Fields.of("code", "programme", "period", "title", "classification",
      "actions", "opens", "closes", "eligibleLeadForms", "eligiblePartnerForms", "allocation",
      "maxGrant", "maxEuShare", "projectWindow", "maxDurationMonths");
  static final Fields CLASSIFICATION = Fields.of("specificObjective", "implementationMeasure",
      "scopeOfSupport", "nationalActions", "nationalObjective", "interventionField",
      "typeOfAction", "implementationModality", "specificTheme");
  static final Fields PROJECT_WINDOW = Fields.of("earliestStart", "latestEnd");
  static final Fields PROJECT = Fields.of("period", "programme", "code", "cup", "title", "summary",
      "call", "classification", "callActions", "status", "decisionDate", "start", "end",
      "extendedEnd", "territory", "targetGroups", "partners", "budget", "financing", "indicators",
      "reports");
  static final Fields PARTNER = Fields.of("id", "idScheme", "name", "legalForm", "role", "region");
  static final Fields BUDGET = Fields.of("costMethod", "indirectCosts", "lines", "total");
  static final Fields INDIRECT_COSTS = Fields.of("method", "rate");
  static final Fields BUDGET_LINE = Fields.of("partner", "category", "amount");
  static final Fields FINANCING = Fields.of("source", "amount");
  static final Fields INDICATOR_TARGET = Fields.of("id", "target");
  static final Fields PROGRESS_REPORT = Fields.of("quarter", "expenditure", "indicators");
  static final Fields EXPENDITURE = Fields.of("partner", "category", "amount", "document", "date",
      "documentTotal", "correction");
  static final Fields INDICATOR_VALUE = Fields.of("id", "total", "byGender", "byAge");
  static final Fields GENDER = Fields.of("female", "male", "other");
  static final Fields AGE = Fields.of("under18", "from18to60", "over60");
  static final Fields REPORT_DOCUMENT =
      Fields.of("project", "quarter", "expenditure", "indicators").withEnvelope();
  static final Fields DATASET = Fields.of("programme", "calls", "projects").withEnvelope();

  private static final Fields PROGRAMME_ROOT = PROGRAMME.withEnvelope();
  private static final Fields CALL_ROOT = CALL.withEnvelope();
  private static final Fields PROJECT_ROOT = PROJECT.withEnvelope();

  private final Session s;

  ModelReader(Session s) {
    this.s = s;
  }

  Session session() {
    return s;
  }

  // ---------------------------------------------------------------- parts of a dataset

  /** Reads one part of a dataset (see {@link Session#entity}). */
  <T> T entity(Supplier<T> reader) {
    return s.entity(reader);
  }

  // ---------------------------------------------------------------- documents

  Programme programme(Envelope env) {
    if (env == null && !s.startObject()) {
      return null;
    }
    ImmutableProgramme.Builder b = Programme.builder();
    for (String m; (m = s.member(env == null ? PROGRAMME : PROGRAMME_ROOT)) != null; s.leave()) {
      switch (m) {
        case "format":
        case "kind":
          env.member(s, m);
          break;
        case "code":
          b.code(s.string());
          break;
        case "period":
          b.period(s.period());
          break;
        case "memberState":
          b.memberState(s.string());
          break;
        case "title":
          b.title(s.string());
          break;
        case "managingAuthority":
          b.managingAuthority(s.string());
          break;
        case "allocations":
          s.list(this::allocation, b::addAllocations);
          break;
        case "minimumShareExplanation":
          b.minimumShareExplanation(s.string());
          break;
        default:
          break;
      }
    }
    return b.build();
  }

  Allocation allocation() {
    if (!s.startObject()) {
      return null;
    }
    ImmutableAllocation.Builder b = Allocation.builder();
    for (String m; (m = s.member(ALLOCATION)) != null; s.leave()) {
      switch (m) {
        case "specificObjective":
          b.specificObjective(s.string());
          break;
        case "amount":
          b.amount(s.amount());
          break;
        case "euContribution":
          b.euContribution(s.amount());
          break;
        case "declaredShare":
          b.declaredShare(s.rate());
          break;
        default:
          break;
      }
    }
    return b.build();
  }

  Call call(Envelope env) {
    if (env == null && !s.startObject()) {
      return null;
    }
    ImmutableCall.Builder b = Call.builder();
    for (String m; (m = s.member(env == null ? CALL : CALL_ROOT)) != null; s.leave()) {
      switch (m) {
        case "format":
        case "kind":
          env.member(s, m);
          break;
        case "code":
          b.code(s.string());
          break;
        case "programme":
          b.programme(s.string());
          break;
        case "period":
          b.period(s.period());
          break;
        case "title":
          b.title(s.string());
          break;
        case "classification":
          b.classification(classification());
          break;
        case "actions":
          s.list(s::string, b::addActions);
          break;
        case "opens":
          b.opens(s.date());
          break;
        case "closes":
          b.closes(s.date());
          break;
        case "eligibleLeadForms":
          s.list(() -> s.enumValue(EnumTable.LEGAL_FORM), b::addEligibleLeadForms);
          break;
        case "eligiblePartnerForms":
          s.list(() -> s.enumValue(EnumTable.LEGAL_FORM), b::addEligiblePartnerForms);
          break;
        case "allocation":
          b.allocation(s.amount());
          break;
        case "maxGrant":
          b.maxGrant(s.amount());
          break;
        case "maxEuShare":
          b.maxEuShare(s.rate());
          break;
        case "projectWindow":
          b.projectWindow(projectWindow());
          break;
        case "maxDurationMonths":
          b.maxDurationMonths(s.count());
          break;
        default:
          break;
      }
    }
    return b.build();
  }

  Classification classification() {
    if (!s.startObject()) {
      return null;
    }
    ImmutableClassification.Builder b = Classification.builder();
    for (String m; (m = s.member(CLASSIFICATION)) != null; s.leave()) {
      switch (m) {
        case "specificObjective":
          b.specificObjective(s.string());
          break;
        case "implementationMeasure":
          b.implementationMeasure(s.string());
          break;
        case "scopeOfSupport":
          b.scopeOfSupport(s.string());
          break;
        case "nationalActions":
          s.list(s::string, b::addNationalActions);
          break;
        case "nationalObjective":
          b.nationalObjective(s.string());
          break;
        case "interventionField":
          b.interventionField(s.string());
          break;
        case "typeOfAction":
          b.typeOfAction(s.string());
          break;
        case "implementationModality":
          b.implementationModality(s.string());
          break;
        case "specificTheme":
          b.specificTheme(s.string());
          break;
        default:
          break;
      }
    }
    return b.build();
  }

  ProjectWindow projectWindow() {
    if (!s.startObject()) {
      return null;
    }
    ImmutableProjectWindow.Builder b = ProjectWindow.builder();
    for (String m; (m = s.member(PROJECT_WINDOW)) != null; s.leave()) {
      switch (m) {
        case "earliestStart":
          b.earliestStart(s.date());
          break;
        case "latestEnd":
          b.latestEnd(s.date());
          break;
        default:
          break;
      }
    }
    return b.build();
  }

  Project project(Envelope env) {
    if (env == null && !s.startObject()) {
      return null;
    }
    ImmutableProject.Builder b = Project.builder();
    for (String m; (m = s.member(env == null ? PROJECT : PROJECT_ROOT)) != null; s.leave()) {
      switch (m) {
        case "format":
        case "kind":
          env.member(s, m);
          break;
        case "period":
          b.period(s.period());
          break;
        case "programme":
          b.programme(s.string());
          break;
        case "code":
          b.code(s.string());
          break;
        case "cup":
          b.cup(s.cup());
          break;
        case "title":
          b.title(s.string());
          break;
        case "summary":
          b.summary(s.string());
          break;
        case "call":
          b.call(s.string());
          break;
        case "classification":
          b.classification(classification());
          break;
        case "callActions":
          s.list(s::string, b::addCallActions);
          break;
        case "status":
          b.status(s.enumValue(EnumTable.PROJECT_STATUS));
          break;
        case "decisionDate":
          b.decisionDate(s.date());
          break;
        case "start":
          b.start(s.date());
          break;
        case "end":
          b.end(s.date());
          break;
        case "extendedEnd":
          b.extendedEnd(s.date());
          break;
        case "territory":
          s.list(s::place, b::addTerritory);
          break;
        case "targetGroups":
          s.list(() -> s.enumValue(EnumTable.TARGET_GROUP), b::addTargetGroups);
          break;
        case "partners":
          s.list(s.limits.maxPartnersPerProject(), "maxPartnersPerProject", this::partner,
              b::addPartners);
          break;
        case "budget":
          b.budget(budget());
          break;
        case "financing":
          s.list(this::financing, b::addFinancing);
          break;
        case "indicators":
          s.list(this::indicatorTarget, b::addIndicators);
          break;
        case "reports":
          s.list(this::progressReport, b::addReports);
          break;
        default:
          break;
      }
    }
    return b.build();
  }

  Partner partner() {
    if (!s.startObject()) {
      return null;
    }
    ImmutablePartner.Builder b = Partner.builder();
    for (String m; (m = s.member(PARTNER)) != null; s.leave()) {
      switch (m) {
        case "id":
          b.id(s.string());
          break;
        case "idScheme":
          b.idScheme(s.enumValue(EnumTable.ID_SCHEME));
          break;
        case "name":
          b.name(s.string());
          break;
        case "legalForm":
          b.legalForm(s.enumValue(EnumTable.LEGAL_FORM));
          break;
        case "role":
          b.role(s.enumValue(EnumTable.PARTNER_ROLE));
          break;
        case "region":
          b.region(s.place());
          break;
        default:
          break;
      }
    }
    return b.build();
  }

  Budget budget() {
    if (!s.startObject()) {
      return null;
    }
    ImmutableBudget.Builder b = Budget.builder();
    for (String m; (m = s.member(BUDGET)) != null; s.leave()) {
      switch (m) {
        case "costMethod":
          b.costMethod(s.enumValue(EnumTable.COST_METHOD));
          break;
        case "indirectCosts":
          b.indirectCosts(indirectCosts());
          break;
        case "lines":
          s.list(this::budgetLine, b::addLines);
          break;
        case "total":
          b.total(s.amount());
          break;
        default:
          break;
      }
    }
    return b.build();
  }

  IndirectCosts indirectCosts() {
    if (!s.startObject()) {
      return null;
    }
    ImmutableIndirectCosts.Builder b = IndirectCosts.builder();
    for (String m; (m = s.member(INDIRECT_COSTS)) != null; s.leave()) {
      switch (m) {
        case "method":
          b.method(s.enumValue(EnumTable.INDIRECT_COST_METHOD));
          break;
        case "rate":
          b.rate(s.rate());
          break;
        default:
          break;
      }
    }
    return b.build();
  }

  BudgetLine budgetLine() {
    if (!s.startObject()) {
      return null;
    }
    ImmutableBudgetLine.Builder b = BudgetLine.builder();
    for (String m; (m = s.member(BUDGET_LINE)) != null; s.leave()) {
      switch (m) {
        case "partner":
          b.partner(s.string());
          break;
        case "category":
          b.category(s.enumValue(EnumTable.COST_CATEGORY));
          break;
        case "amount":
          b.amount(s.amount());
          break;
        default:
          break;
      }
    }
    return b.build();
  }

  Financing financing() {
    if (!s.startObject()) {
      return null;
    }
    ImmutableFinancing.Builder b = Financing.builder();
    for (String m; (m = s.member(FINANCING)) != null; s.leave()) {
      switch (m) {
        case "source":
          b.source(s.enumValue(EnumTable.FUNDING_SOURCE));
          break;
        case "amount":
          b.amount(s.amount());
          break;
        default:
          break;
      }
    }
    return b.build();
  }

  IndicatorTarget indicatorTarget() {
    if (!s.startObject()) {
      return null;
    }
    ImmutableIndicatorTarget.Builder b = IndicatorTarget.builder();
    for (String m; (m = s.member(INDICATOR_TARGET)) != null; s.leave()) {
      switch (m) {
        case "id":
          b.id(s.string());
          break;
        case "target":
          b.target(s.count());
          break;
        default:
          break;
      }
    }
    return b.build();
  }

  ProgressReport progressReport() {
    if (!s.startObject()) {
      return null;
    }
    ImmutableProgressReport.Builder b = ProgressReport.builder();
    for (String m; (m = s.member(PROGRESS_REPORT)) != null; s.leave()) {
      progressReportMember(m, b);
    }
    return b.build();
  }

  private void progressReportMember(String m, ImmutableProgressReport.Builder b) {
    switch (m) {
      case "quarter":
        b.quarter(s.quarter());
        break;
      case "expenditure":
        s.list(this::expenditure, b::addExpenditure);
        break;
      case "indicators":
        s.list(this::indicatorValue, b::addIndicators);
        break;
      default:
        break;
    }
  }

  /** A {@code report} document: the project's code and the report's fields, side by side. */
  ReportDocument reportDocument(Envelope env) {
    ImmutableProgressReport.Builder r = ProgressReport.builder();
    String project = null;
    for (String m; (m = s.member(REPORT_DOCUMENT)) != null; s.leave()) {
      switch (m) {
        case "format":
        case "kind":
          env.member(s, m);
          break;
        case "project":
          project = s.string();
          break;
        default:
          progressReportMember(m, r);
      }
    }
    return ReportDocument.builder().project(project).report(r.build()).build();
  }

  Expenditure expenditure() {
    if (!s.startObject()) {
      return null;
    }
    ImmutableExpenditure.Builder b = Expenditure.builder();
    for (String m; (m = s.member(EXPENDITURE)) != null; s.leave()) {
      switch (m) {
        case "partner":
          b.partner(s.string());
          break;
        case "category":
          b.category(s.enumValue(EnumTable.COST_CATEGORY));
          break;
        case "amount":
          b.amount(s.amount());
          break;
        case "document":
          b.document(s.string());
          break;
        case "date":
          b.date(s.date());
          break;
        case "documentTotal":
          b.documentTotal(s.amount());
          break;
        case "correction":
          b.correction(s.bool());
          break;
        default:
          break;
      }
    }
    return b.build();
  }

  IndicatorValue indicatorValue() {
    if (!s.startObject()) {
      return null;
    }
    ImmutableIndicatorValue.Builder b = IndicatorValue.builder();
    for (String m; (m = s.member(INDICATOR_VALUE)) != null; s.leave()) {
      switch (m) {
        case "id":
          b.id(s.string());
          break;
        case "total":
          b.total(s.count());
          break;
        case "byGender":
          b.byGender(gender());
          break;
        case "byAge":
          b.byAge(age());
          break;
        default:
          break;
      }
    }
    return b.build();
  }

  GenderBreakdown gender() {
    if (!s.startObject()) {
      return null;
    }
    ImmutableGenderBreakdown.Builder b = GenderBreakdown.builder();
    for (String m; (m = s.member(GENDER)) != null; s.leave()) {
      switch (m) {
        case "female":
          b.female(s.count());
          break;
        case "male":
          b.male(s.count());
          break;
        case "other":
          b.other(s.count());
          break;
        default:
          break;
      }
    }
    return b.build();
  }

  AgeBreakdown age() {
    if (!s.startObject()) {
      return null;
    }
    ImmutableAgeBreakdown.Builder b = AgeBreakdown.builder();
    for (String m; (m = s.member(AGE)) != null; s.leave()) {
      switch (m) {
        case "under18":
          b.under18(s.count());
          break;
        case "from18to60":
          b.from18to60(s.count());
          break;
        case "over60":
          b.over60(s.count());
          break;
        default:
          break;
      }
    }
    return b.build();
  }

  /** A dataset read whole ({@code FamiJson.read}); each programme, call and project is a part. */
  Dataset dataset(Envelope env) {
    ImmutableDataset.Builder b = Dataset.builder();
    for (String m; (m = s.member(DATASET)) != null; s.leave()) {
      switch (m) {
        case "format":
        case "kind":
          env.member(s, m);
          break;
        case "programme":
          b.programme(entity(() -> programme(null)));
          break;
        case "calls":
          s.list(() -> entity(() -> call(null)), b::addCalls);
          break;
        case "projects":
          s.list(s.limits.maxProjects(), "maxProjects", () -> entity(() -> project(null)),
              b::addProjects);
          break;
        default:
          break;
      }
    }
    return b.build();
  }
}
