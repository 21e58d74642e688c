package eu.fami.model;

import eu.fami.model.constraints.Required;
import eu.fami.model.constraints.ValidPartnerId;
import eu.fami.model.constraints.ValidPlace;
import org.immutables.value.Value;

/**
 * A partner of a project: the lead (capofila), a partner or an associate.
 *
 * <pre>{@code Partner.builder().id("00743110157").legalForm(LegalForm.REGION).role(PartnerRole.LEAD).build()}</pre>
 */
@ValidPartnerId
@Value.Immutable
public interface Partner {
  /** Identifier in the scheme of {@link #getIdScheme()}. */
  @Nullable
  @Required
  String getId();

  /** Identifier scheme; absent means {@link IdScheme#IT_TAX_CODE}. */
  @Nullable
  IdScheme getIdScheme();

  /** Name. */
  @Nullable
  String getName();

  /** Legal form. */
  @Nullable
  @Required
  LegalForm getLegalForm();

  /** Role in the project. */
  @Nullable
  @Required
  PartnerRole getRole();

  /** Region or country of the partner. */
  @Nullable
  @ValidPlace
  Place getRegion();

  /** The scheme in force: the stated one, or {@link IdScheme#IT_TAX_CODE}. */
  default IdScheme effectiveIdScheme() {
    IdScheme s = getIdScheme();
    return s == null ? IdScheme.IT_TAX_CODE : s;
  }

  /** A builder of {@code Partner}. */
  static ImmutablePartner.Builder builder() {
    return ImmutablePartner.builder();
  }
}
