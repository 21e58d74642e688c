package eu.fami.model;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A project (operation): who, what, where, when, how much, and its monitoring reports.
 *
 * <pre>{@code Project.builder().code("PROG-1").title("...").start(LocalDate.of(2023, 7, 1)).build()}</pre>
 */
@Value.Immutable
public interface Project {
  /** Project code (unique in a dataset). */
  @Nullable
  String getCode();

  /** CUP, once assigned. */
  @Nullable
  Cup getCup();

  /** Title. */
  @Nullable
  String getTitle();

  /** Purpose and expected achievements. */
  @Nullable
  String getSummary();

  /** Code of the call the project answers. */
  @Nullable
  String getCall();

  /** Programming period (inherited inside a dataset). */
  @Nullable
  Period getPeriod();

  /** Programme code (inherited inside a dataset). */
  @Nullable
  String getProgramme();

  /** Classification. */
  @Nullable
  Classification getClassification();

  /** The call's own actions the project carries out. */
  List<String> getCallActions();

  /** Lifecycle status; absent means {@link ProjectStatus#ADMITTED}. */
  @Nullable
  ProjectStatus getStatus();

  /** Date of the admission (or other) decision. */
  @Nullable
  LocalDate getDecisionDate();

  /** Start date. */
  @Nullable
  LocalDate getStart();

  /** Original end date. */
  @Nullable
  LocalDate getEnd();

  /** Approved extended end date. */
  @Nullable
  LocalDate getExtendedEnd();

  /** Places where the project acts. */
  List<Place> getTerritory();

  /** Groups the project serves. */
  List<TargetGroup> getTargetGroups();

  /** Lead, partners and associates. */
  List<Partner> getPartners();

  /** Budget. */
  @Nullable
  Budget getBudget();

  /** Financing sources, summing to the budget total. */
  List<Financing> getFinancing();

  /** Indicator targets. */
  List<IndicatorTarget> getIndicators();

  /** Quarterly monitoring reports. */
  List<ProgressReport> getReports();

  /** The status in force: the stated one, or {@link ProjectStatus#ADMITTED}. */
  default ProjectStatus effectiveStatus() {
    ProjectStatus s = getStatus();
    return s == null ? ProjectStatus.ADMITTED : s;
  }

  /** The effective end: {@code extendedEnd} when present, otherwise {@code end}. */
  @Nullable
  default LocalDate effectiveEnd() {
    LocalDate e = getExtendedEnd();
    return e == null ? getEnd() : e;
  }

  /** A builder of {@code Project}. */
  static ImmutableProject.Builder builder() {
    return ImmutableProject.builder();
  }
}
