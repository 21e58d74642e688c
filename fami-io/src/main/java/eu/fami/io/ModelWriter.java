package eu.fami.io;

import com.fasterxml.jackson.core.JsonGenerator;
import eu.fami.model.AgeBreakdown;
import eu.fami.model.Allocation;
import eu.fami.model.Amount;
import eu.fami.model.Budget;
import eu.fami.model.BudgetLine;
import eu.fami.model.Call;
import eu.fami.model.Classification;
import eu.fami.model.Dataset;
import eu.fami.model.DocumentKind;
import eu.fami.model.Expenditure;
import eu.fami.model.Financing;
import eu.fami.model.GenderBreakdown;
import eu.fami.model.IndicatorTarget;
import eu.fami.model.IndicatorValue;
import eu.fami.model.IndirectCosts;
import eu.fami.model.Partner;
import eu.fami.model.Programme;
import eu.fami.model.ProgressReport;
import eu.fami.model.Project;
import eu.fami.model.ProjectWindow;
import eu.fami.model.Rate;
import eu.fami.model.ReportDocument;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the model in the canonical order of the format (DESIGN section 3 and the examples):
 * {@code format} and {@code kind} first, then each type's properties in a fixed order; absent
 * values and empty lists are omitted (a dataset always has {@code calls} and {@code projects});
 * amounts and rates exactly as held (an amount of at most two decimals is held with two), in plain
 * notation unless the scientific one is shorter ({@link #number}).
 */
final class ModelWriter {
  /** Beyond this many digits a number is never written in plain notation. */
  private static final int PLAIN_MAX = 100;

  static final String FORMAT = "fami/1";

  private final JsonGenerator g;

  ModelWriter(JsonGenerator g) {
    this.g = g;
  }

  /** Writes a document (or, for a part of the model, its object) of any supported type. */
  void any(Object value) throws IOException {
    if (value instanceof Project) {
      project((Project) value, true);
    } else if (value instanceof Dataset) {
      Dataset d = (Dataset) value;
      datasetHeader(d.getProgramme(), d.getCalls());
      for (Project p : d.getProjects()) {
        project(p, false);
      }
      datasetEnd();
    } else if (value instanceof Call) {
      call((Call) value, true);
    } else if (value instanceof Programme) {
      programme((Programme) value, true);
    } else if (value instanceof ReportDocument) {
      reportDocument((ReportDocument) value);
    } else if (value == null) {
      throw new IllegalArgumentException("no document to write");
    } else {
      throw new IllegalArgumentException(
          "not a fami/1 document: " + value.getClass().getName()
              + " (expected Programme, Call, Project, ReportDocument or Dataset)");
    }
  }

  private void envelope(DocumentKind kind) throws IOException {
    g.writeStringField("format", FORMAT);
    g.writeStringField("kind", kind.code());
  }

  // ---------------------------------------------------------------- scalars

  private void string(String name, String v) throws IOException {
    if (v != null) {
      g.writeFieldName(name);
      string(v);
    }
  }

  private void string(String v) throws IOException {
    if (hasLoneSurrogate(v)) {
      g.writeRawValue(quote(v));
    } else {
      g.writeString(v);
    }
  }

  private void amount(String name, Amount v) throws IOException {
    if (v != null) {
      g.writeFieldName(name);
      g.writeNumber(number(v.value()));
    }
  }

  private void rate(String name, Rate v) throws IOException {
    if (v != null) {
      g.writeFieldName(name);
      g.writeNumber(number(v.value()));
    }
  }

  /**
   * The text of an exact decimal: plain notation ({@code 1500.00}, {@code 0.075}), unless the
   * scientific one is shorter ({@code 1E-99} rather than 101 characters that a reader's number
   * length limit would refuse). Both keep digits and scale, so reading gives back the same value.
   * A value whose plain form would be huge ({@code 1E+100000000}) is never expanded.
   */
  static String number(BigDecimal v) {
    String scientific = v.toString();
    if (Math.abs((long) v.scale()) > PLAIN_MAX || (long) v.precision() - v.scale() > PLAIN_MAX) {
      return scientific;
    }
    String plain = v.toPlainString();
    return plain.length() <= scientific.length() ? plain : scientific;
  }

  private void count(String name, Long v) throws IOException {
    if (v != null) {
      g.writeFieldName(name);
      g.writeNumber(v);
    }
  }

  private void date(String name, LocalDate v) throws IOException {
    if (v != null) {
      g.writeStringField(name, v.toString());
    }
  }

  private void enumValue(String name, Enum<?> v) throws IOException {
    if (v != null) {
      g.writeStringField(name, v.name());
    }
  }

  private void text(String name, Object v) throws IOException {
    if (v != null) {
      string(name, v.toString());
    }
  }

  private void strings(String name, List<?> values) throws IOException {
    if (!values.isEmpty()) {
      g.writeArrayFieldStart(name);
      for (Object v : values) {
        string(v instanceof Enum ? ((Enum<?>) v).name() : v.toString());
      }
      g.writeEndArray();
    }
  }

  private void bool(String name, Boolean v) throws IOException {
    if (v != null) {
      g.writeBooleanField(name, v);
    }
  }

  /** Whether {@code s} holds a surrogate that is not part of a pair (a JSON escape can carry it). */
  static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < s.length()
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code s} as a JSON string, lone surrogates and control characters escaped. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1));
      if (pair) {
        sb.append(c).append(s.charAt(++i));
      } else if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  // ---------------------------------------------------------------- documents

  void programme(Programme p, boolean document) throws IOException {
    g.writeStartObject();
    if (document) {
      envelope(DocumentKind.PROGRAMME);
    }
    string("code", p.getCode());
    text("period", p.getPeriod() == null ? null : p.getPeriod().code());
    string("memberState", p.getMemberState());
    string("title", p.getTitle());
    string("managingAuthority", p.getManagingAuthority());
    if (!p.getAllocations().isEmpty()) {
      g.writeArrayFieldStart("allocations");
      for (Allocation a : p.getAllocations()) {
        allocation(a);
      }
      g.writeEndArray();
    }
    string("minimumShareExplanation", p.getMinimumShareExplanation());
    g.writeEndObject();
  }

  void allocation(Allocation a) throws IOException {
    g.writeStartObject();
    string("specificObjective", a.getSpecificObjective());
    amount("amount", a.getAmount());
    amount("euContribution", a.getEuContribution());
    rate("declaredShare", a.getDeclaredShare());
    g.writeEndObject();
  }

  void call(Call c, boolean document) throws IOException {
    g.writeStartObject();
    if (document) {
      envelope(DocumentKind.CALL);
    }
    string("code", c.getCode());
    string("programme", c.getProgramme());
    text("period", c.getPeriod() == null ? null : c.getPeriod().code());
    string("title", c.getTitle());
    if (c.getClassification() != null) {
      g.writeFieldName("classification");
      classification(c.getClassification());
    }
    strings("actions", c.getActions());
    date("opens", c.getOpens());
    date("closes", c.getCloses());
    strings("eligibleLeadForms", c.getEligibleLeadForms());
    strings("eligiblePartnerForms", c.getEligiblePartnerForms());
    amount("allocation", c.getAllocation());
    amount("maxGrant", c.getMaxGrant());
    rate("maxEuShare", c.getMaxEuShare());
    if (c.getProjectWindow() != null) {
      g.writeFieldName("projectWindow");
      projectWindow(c.getProjectWindow());
    }
    count("maxDurationMonths", c.getMaxDurationMonths());
    g.writeEndObject();
  }

  void classification(Classification c) throws IOException {
    g.writeStartObject();
    string("specificObjective", c.getSpecificObjective());
    string("implementationMeasure", c.getImplementationMeasure());
    string("scopeOfSupport", c.getScopeOfSupport());
    strings("nationalActions", c.getNationalActions());
    string("nationalObjective", c.getNationalObjective());
    string("interventionField", c.getInterventionField());
    string("typeOfAction", c.getTypeOfAction());
    string("implementationModality", c.getImplementationModality());
    string("specificTheme", c.getSpecificTheme());
    g.writeEndObject();
  }

  void projectWindow(ProjectWindow w) throws IOException {
    g.writeStartObject();
    date("earliestStart", w.getEarliestStart());
    date("latestEnd", w.getLatestEnd());
    g.writeEndObject();
  }

  void project(Project p, boolean document) throws IOException {
    g.writeStartObject();
    if (document) {
      envelope(DocumentKind.PROJECT);
    }
    text("period", p.getPeriod() == null ? null : p.getPeriod().code());
    string("programme", p.getProgramme());
    string("code", p.getCode());
    text("cup", p.getCup() == null ? null : p.getCup().value());
    string("title", p.getTitle());
    string("summary", p.getSummary());
    string("call", p.getCall());
    if (p.getClassification() != null) {
      g.writeFieldName("classification");
      classification(p.getClassification());
    }
    strings("callActions", p.getCallActions());
    enumValue("status", p.getStatus());
    date("decisionDate", p.getDecisionDate());
    date("start", p.getStart());
    date("end", p.getEnd());
    date("extendedEnd", p.getExtendedEnd());
    strings("territory", p.getTerritory());
    strings("targetGroups", p.getTargetGroups());
    if (!p.getPartners().isEmpty()) {
      g.writeArrayFieldStart("partners");
      for (Partner x : p.getPartners()) {
        partner(x);
      }
      g.writeEndArray();
    }
    if (p.getBudget() != null) {
      g.writeFieldName("budget");
      budget(p.getBudget());
    }
    if (!p.getFinancing().isEmpty()) {
      g.writeArrayFieldStart("financing");
      for (Financing f : p.getFinancing()) {
        financing(f);
      }
      g.writeEndArray();
    }
    if (!p.getIndicators().isEmpty()) {
      g.writeArrayFieldStart("indicators");
      for (IndicatorTarget t : p.getIndicators()) {
        indicatorTarget(t);
      }
      g.writeEndArray();
    }
    if (!p.getReports().isEmpty()) {
      g.writeArrayFieldStart("reports");
      for (ProgressReport r : p.getReports()) {
        g.writeStartObject();
        progressReportMembers(r);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  void partner(Partner p) throws IOException {
    g.writeStartObject();
    string("id", p.getId());
    enumValue("idScheme", p.getIdScheme());
    string("name", p.getName());
    enumValue("legalForm", p.getLegalForm());
    enumValue("role", p.getRole());
    text("region", p.getRegion() == null ? null : p.getRegion().code());
    g.writeEndObject();
  }

  void budget(Budget b) throws IOException {
    g.writeStartObject();
    enumValue("costMethod", b.getCostMethod());
    if (b.getIndirectCosts() != null) {
      g.writeFieldName("indirectCosts");
      indirectCosts(b.getIndirectCosts());
    }
    if (!b.getLines().isEmpty()) {
      g.writeArrayFieldStart("lines");
      for (BudgetLine l : b.getLines()) {
        budgetLine(l);
      }
      g.writeEndArray();
    }
    amount("total", b.getTotal());
    g.writeEndObject();
  }

  void indirectCosts(IndirectCosts c) throws IOException {
    g.writeStartObject();
    enumValue("method", c.getMethod());
    rate("rate", c.getRate());
    g.writeEndObject();
  }

  void budgetLine(BudgetLine l) throws IOException {
    g.writeStartObject();
    string("partner", l.getPartner());
    enumValue("category", l.getCategory());
    amount("amount", l.getAmount());
    g.writeEndObject();
  }

  void financing(Financing f) throws IOException {
    g.writeStartObject();
    enumValue("source", f.getSource());
    amount("amount", f.getAmount());
    g.writeEndObject();
  }

  void indicatorTarget(IndicatorTarget t) throws IOException {
    g.writeStartObject();
    string("id", t.getId());
    count("target", t.getTarget());
    g.writeEndObject();
  }

  void progressReport(ProgressReport r) throws IOException {
    g.writeStartObject();
    progressReportMembers(r);
    g.writeEndObject();
  }

  private void progressReportMembers(ProgressReport r) throws IOException {
    text("quarter", r.getQuarter() == null ? null : r.getQuarter().value());
    if (!r.getExpenditure().isEmpty()) {
      g.writeArrayFieldStart("expenditure");
      for (Expenditure e : r.getExpenditure()) {
        expenditure(e);
      }
      g.writeEndArray();
    }
    if (!r.getIndicators().isEmpty()) {
      g.writeArrayFieldStart("indicators");
      for (IndicatorValue v : r.getIndicators()) {
        indicatorValue(v);
      }
      g.writeEndArray();
    }
  }

  void reportDocument(ReportDocument d) throws IOException {
    g.writeStartObject();
    envelope(DocumentKind.REPORT);
    string("project", d.getProject());
    progressReportMembers(d.getReport());
    g.writeEndObject();
  }

  void expenditure(Expenditure e) throws IOException {
    g.writeStartObject();
    string("partner", e.getPartner());
    enumValue("category", e.getCategory());
    amount("amount", e.getAmount());
    string("document", e.getDocument());
    date("date", e.getDate());
    amount("documentTotal", e.getDocumentTotal());
    bool("correction", e.getCorrection());
    g.writeEndObject();
  }

  void indicatorValue(IndicatorValue v) throws IOException {
    g.writeStartObject();
    string("id", v.getId());
    count("total", v.getTotal());
    if (v.getByGender() != null) {
      g.writeFieldName("byGender");
      gender(v.getByGender());
    }
    if (v.getByAge() != null) {
      g.writeFieldName("byAge");
      age(v.getByAge());
    }
    g.writeEndObject();
  }

  void gender(GenderBreakdown b) throws IOException {
    g.writeStartObject();
    count("female", b.getFemale());
    count("male", b.getMale());
    count("other", b.getOther());
    g.writeEndObject();
  }

  void age(AgeBreakdown b) throws IOException {
    g.writeStartObject();
    count("under18", b.getUnder18());
    count("from18to60", b.getFrom18to60());
    count("over60", b.getOver60());
    g.writeEndObject();
  }

  /** Opens a dataset: envelope, programme, calls, and the {@code projects} array. */
  void datasetHeader(Programme programme, List<Call> calls) throws IOException {
    g.writeStartObject();
    envelope(DocumentKind.DATASET);
    if (programme != null) {
      g.writeFieldName("programme");
      programme(programme, false);
    }
    g.writeArrayFieldStart("calls");
    for (Call c : calls) {
      call(c, false);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("projects");
  }

  /** Closes what {@link #datasetHeader} opened. */
  void datasetEnd() throws IOException {
    g.writeEndArray();
    g.writeEndObject();
  }
}
