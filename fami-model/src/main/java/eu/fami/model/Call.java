package eu.fami.model;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A call for proposals (avviso) with its classification, eligible legal forms, money and window.
 *
 * <pre>{@code Call.builder().code("AVVISO-FL-2023").title("...").build()}</pre>
 */
@Value.Immutable
public interface Call {
  /** Call code. */
  @Nullable
  String getCode();

  /** Programme code (inherited inside a dataset). */
  @Nullable
  String getProgramme();

  /** Programming period (inherited inside a dataset). */
  @Nullable
  Period getPeriod();

  /** Title. */
  @Nullable
  String getTitle();

  /** Classification every project of the call must match. */
  @Nullable
  Classification getClassification();

  /** The call's own actions (codes such as {@code 01}), cited by projects in {@code callActions}. */
  List<String> getActions();

  /** Opening date. */
  @Nullable
  LocalDate getOpens();

  /** Closing date. */
  @Nullable
  LocalDate getCloses();

  /** Legal forms a lead partner may have; empty means any. */
  List<LegalForm> getEligibleLeadForms();

  /** Legal forms a partner may have; empty means any. */
  List<LegalForm> getEligiblePartnerForms();

  /** Money the call distributes (grants of its admitted projects). */
  @Nullable
  Amount getAllocation();

  /** Largest grant of one project. */
  @Nullable
  Amount getMaxGrant();

  /** Largest EU share of one project. */
  @Nullable
  Rate getMaxEuShare();

  /** Window for the projects' dates. */
  @Nullable
  ProjectWindow getProjectWindow();

  /** Longest allowed duration in whole months. */
  @Nullable
  Long getMaxDurationMonths();

  /** A builder of {@code Call}. */
  static ImmutableCall.Builder builder() {
    return ImmutableCall.builder();
  }
}
