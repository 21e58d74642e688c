package eu.fami.model;

import eu.fami.model.constraints.Required;
import eu.fami.model.constraints.UniqueEntries;
import java.util.List;
import org.immutables.value.Value;

/**
 * Where a call or project sits in the catalogue: specific objective, Annex II measure, Annex III
 * scope, national actions, Annex VI codes (2021-2027) or the national objective (2014-2020).
 *
 * <pre>{@code Classification.builder().specificObjective("OS2").implementationMeasure("2.d").build()}</pre>
 */
@Value.Immutable
public interface Classification {
  /** Specific objective ({@code OS2}) or {@code TA}. */
  @Nullable
  @Required
  String getSpecificObjective();

  /** Annex II implementation measure ({@code 2.d}). */
  @Nullable
  String getImplementationMeasure();

  /** Annex III scope of support ({@code 2.h}, or horizontal {@code H.a}). */
  @Nullable
  String getScopeOfSupport();

  /** National actions of the Italian PN ({@code b}). */
  @UniqueEntries
  List<String> getNationalActions();

  /** 2014-2020 national objective ({@code ON2}). */
  @Nullable
  String getNationalObjective();

  /** Annex VI table 1 intervention field ({@code II.004}). */
  @Nullable
  String getInterventionField();

  /** Annex VI table 2 type of action ({@code 003}). */
  @Nullable
  String getTypeOfAction();

  /** Annex VI table 3 implementation modality ({@code 001}). */
  @Nullable
  String getImplementationModality();

  /** Annex VI table 4 specific theme ({@code 003}). */
  @Nullable
  String getSpecificTheme();

  /** A builder of {@code Classification}. */
  static ImmutableClassification.Builder builder() {
    return ImmutableClassification.builder();
  }
}
