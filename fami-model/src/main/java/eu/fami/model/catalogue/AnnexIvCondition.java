package eu.fami.model.catalogue;

import eu.fami.model.Classification;
import eu.fami.model.LegalForm;
import eu.fami.model.Nullable;
import eu.fami.model.TargetGroup;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One way a project fits an Annex IV category: every part that is stated must hold (an absent
 * objective or measure, an empty set, states nothing). Scopes, lead legal forms and target groups
 * are alternatives: the project's scope must be one of the scopes, its lead's legal form one of the
 * forms, and at least one of its target groups one of the groups.
 *
 * <pre>{@code
 * AnnexIvCondition.builder().objective("OS3").addScopes("3.g", "3.i").build()
 * }</pre>
 */
@Value.Immutable
public interface AnnexIvCondition {
  /** The specific objective the project must have ({@code OS2}). */
  @Nullable
  String getObjective();

  /** The Annex II measure the project must have ({@code 2.d}). */
  @Nullable
  String getMeasure();

  /** Annex III scopes of support, one of which the project must have. */
  Set<String> getScopes();

  /** Legal forms, one of which the lead partner must have. */
  Set<LegalForm> getLeadLegalForms();

  /** Target groups, at least one of which the project must serve. */
  Set<TargetGroup> getTargetGroups();

  /** A condition states at least one part: an empty one would let every project fit. */
  @Value.Check
  default void check() {
    if (getObjective() == null && getMeasure() == null && getScopes().isEmpty()
        && getLeadLegalForms().isEmpty() && getTargetGroups().isEmpty()) {
      throw new IllegalStateException("an Annex IV condition must state at least one part");
    }
  }

  /**
   * Whether a project with this classification, lead legal form and target groups meets the
   * condition.
   */
  default boolean matches(
      Classification classification, @Nullable LegalForm leadForm, Collection<TargetGroup> groups) {
    return (getObjective() == null
            || getObjective().equals(classification.getSpecificObjective()))
        && (getMeasure() == null || getMeasure().equals(classification.getImplementationMeasure()))
        && (getScopes().isEmpty() || getScopes().contains(classification.getScopeOfSupport()))
        && (getLeadLegalForms().isEmpty() || getLeadLegalForms().contains(leadForm))
        && (getTargetGroups().isEmpty()
            || groups.stream().filter(Objects::nonNull).anyMatch(getTargetGroups()::contains));
  }

  /** A builder of conditions. */
  static ImmutableAnnexIvCondition.Builder builder() {
    return ImmutableAnnexIvCondition.builder();
  }
}
