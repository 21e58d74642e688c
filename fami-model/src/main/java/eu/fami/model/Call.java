package eu.fami.model;

import eu.fami.model.constraints.DateOrder;
import eu.fami.model.constraints.Required;
import eu.fami.model.constraints.UniqueEntries;
import eu.fami.model.constraints.ValidAmount;
import eu.fami.model.constraints.ValidCount;
import eu.fami.model.constraints.ValidRate;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A call for proposals (avviso) with its classification, eligible legal forms, money and window.
 *
 * <pre>{@code Call.builder().code("AVVISO-FL-2023").title("...").build()}</pre>
 */
@DateOrder
@Value.Immutable
public interface Call {
  /** Call code. */
  @Nullable
  @Required
  String getCode();

  /** Programme code (inherited inside a dataset). */
  @Nullable
  String getProgramme();

  /** Programming period (inherited inside a dataset). */
  @Nullable
  Period getPeriod();

  /** Title. */
  @Nullable
  @Required
  String getTitle();

  /** Classification every project of the call must match. */
  @Nullable
  @Required
  @Valid
  Classification getClassification();

  /** The call's own actions (codes such as {@code 01}), cited by projects in {@code callActions}. */
  @UniqueEntries
  List<String> getActions();

  /** Opening date. */
  @Nullable
  @Required
  LocalDate getOpens();

  /** Closing date. */
  @Nullable
  @Required
  LocalDate getCloses();

  /** Legal forms a lead partner may have; empty means any. */
  @UniqueEntries
  List<LegalForm> getEligibleLeadForms();

  /** Legal forms a partner may have; empty means any. */
  @UniqueEntries
  List<LegalForm> getEligiblePartnerForms();

  /** Money the call distributes (grants of its admitted projects). */
  @Nullable
  @Required
  @ValidAmount
  Amount getAllocation();

  /** Largest grant of one project. */
  @Nullable
  @ValidAmount
  Amount getMaxGrant();

  /** Largest EU share of one project. */
  @Nullable
  @ValidRate
  Rate getMaxEuShare();

  /** Window for the projects' dates. */
  @Nullable
  @Valid
  ProjectWindow getProjectWindow();

  /** Longest allowed duration in whole months. */
  @Nullable
  @ValidCount
  Long getMaxDurationMonths();

  /** A builder of {@code Call}. */
  static ImmutableCall.Builder builder() {
    return ImmutableCall.builder();
  }
}
