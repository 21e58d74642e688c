package eu.fami.model;

import eu.fami.model.constraints.CorrectionSign;
import eu.fami.model.constraints.Required;
import eu.fami.model.constraints.ValidAmount;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One expenditure entry of a quarterly report: a payment against a document (invoice, payslip).
 *
 * <p>An entry with {@code correction: true} corrects an earlier entry of the same document and has a
 * negative amount. {@code documentTotal} is stated when one document is paid in instalments or split.
 *
 * <pre>{@code Expenditure.builder().partner("00743110157").category(CostCategory.STAFF).amount(Amount.ofEuros(100)).document("F-1").build()}</pre>
 */
@CorrectionSign
@Value.Immutable
public interface Expenditure {
  /** Partner id. */
  @Nullable
  @Required
  String getPartner();

  /** Cost category. */
  @Nullable
  @Required
  CostCategory getCategory();

  /** Amount paid (negative for a correction). */
  @Nullable
  @Required
  @ValidAmount(anySign = true)
  Amount getAmount();

  /** Document id. */
  @Nullable
  @Required
  String getDocument();

  /** Date of payment. */
  @Nullable
  @Required
  LocalDate getDate();

  /** Total of the document when it is paid in instalments or split pro rata. */
  @Nullable
  @ValidAmount
  Amount getDocumentTotal();

  /** Whether this entry corrects an earlier one; absent means false. */
  @Nullable
  Boolean getCorrection();

  /** Whether this entry is a correction ({@code correction: true}). */
  default boolean isCorrectionEntry() {
    return Boolean.TRUE.equals(getCorrection());
  }

  /** A builder of {@code Expenditure}. */
  static ImmutableExpenditure.Builder builder() {
    return ImmutableExpenditure.builder();
  }
}
