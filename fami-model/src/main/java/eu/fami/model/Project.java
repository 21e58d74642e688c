package eu.fami.model;

import eu.fami.model.constraints.DateOrder;
import eu.fami.model.constraints.Required;
import eu.fami.model.constraints.UniqueEntries;
import eu.fami.model.constraints.ValidCup;
import eu.fami.model.constraints.ValidPlace;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A project (operation): who, what, where, when, how much, and its monitoring reports.
 *
 * <pre>{@code Project.builder().code("PROG-1").title("...").start(LocalDate.of(2023, 7, 1)).build()}</pre>
 */
@DateOrder
@Value.Immutable
public interface Project {
  /** Project code (unique in a dataset). */
  @Nullable
  @Required
  String getCode();

  /** CUP, once assigned. */
  @Nullable
  @ValidCup
  Cup getCup();

  /** Title. */
  @Nullable
  @Required
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
  @Required
  @Valid
  Classification getClassification();

  /** The call's own actions the project carries out. */
  @UniqueEntries
  List<String> getCallActions();

  /** Lifecycle status; absent means {@link ProjectStatus#ADMITTED}. */
  @Nullable
  ProjectStatus getStatus();

  /** Date of the admission (or other) decision. */
  @Nullable
  LocalDate getDecisionDate();

  /** Start date. */
  @Nullable
  @Required
  LocalDate getStart();

  /** Original end date. */
  @Nullable
  @Required
  LocalDate getEnd();

  /** Approved extended end date. */
  @Nullable
  LocalDate getExtendedEnd();

  /** Places where the project acts. */
  @Required
  @UniqueEntries
  List<@ValidPlace Place> getTerritory();

  /** Groups the project serves. */
  @UniqueEntries
  List<TargetGroup> getTargetGroups();

  /** Lead, partners and associates. */
  @Required
  @UniqueEntries
  List<@Valid Partner> getPartners();

  /** Budget. */
  @Nullable
  @Required
  @Valid
  Budget getBudget();

  /** Financing sources, summing to the budget total. */
  @Required
  List<@Valid Financing> getFinancing();

  /** Indicator targets. */
  @UniqueEntries
  List<@Valid IndicatorTarget> getIndicators();

  /** Quarterly monitoring reports. */
  List<@Valid ProgressReport> getReports();

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
