package eu.fami.rules.builtin.overlap;

import eu.fami.model.Amount;
import eu.fami.model.Expenditure;
import eu.fami.rules.builtin.Spending;
import eu.fami.rules.spi.Findings;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * What has been declared per expenditure document (partner + document id) so far: whether it was
 * declared, whether a declaration lacked a {@code documentTotal}, the first valid total stated,
 * and the declared sum in cents (corrections included). Per document 21 to 43 bytes of index and
 * 21 to 32 bytes of values (about 60 MB for a million documents), plus a small record only while
 * the document is declared beyond its total. Used by {@link ExpenditureDeclaredOnce}; one per document, or one per project for
 * projects that are not funded.
 */
final class DocumentLedger {
  private static final long NO_TOTAL = -1;
  private static final byte DECLARED = 1;
  private static final byte UNTOTALLED = 2;

  /** Where the declared sum went beyond the total (and stayed there), and what to name. */
  private record Excess(String pointer, String partner, String document) {}

  private final LongIndex documents = new LongIndex();
  private long[] declared = new long[16];
  private long[] totals = new long[16];
  private byte[] flags = new byte[16];
  private Excess[] excesses = new Excess[16];

  /**
   * Enters entry {@code e} of report {@code r}: reports at once (relative pointers) a second
   * declaration of a document when one of its declarations lacks a total, and a total that differs
   * from the first one stated; remembers a declared sum beyond the total, pointing at
   * {@code prefix} + the entry's {@code document}, for {@link #reportExcesses}.
   */
  void enter(int r, int e, Expenditure entry, String prefix, Findings findings) {
    String partner = entry.getPartner();
    String document = entry.getDocument();
    if (partner == null || partner.isBlank() || document == null || document.isBlank()) {
      return;
    }
    int i = index(Fingerprint.of(partner, document));
    Amount total = entry.getDocumentTotal();
    if (total != null && total.isValid()) {
      long cents = cents(total.value());
      if (totals[i] == NO_TOTAL) {
        totals[i] = cents;
      } else if (totals[i] != cents) {
        findings.report(entryPointer(r, e, "documentTotal"), "variant", "differs", "document", document,
            "partner", partner, "documentTotal", total.toString(), "expected", amount(totals[i]));
      }
    }
    if (!entry.isCorrectionEntry()) {
      if ((flags[i] & DECLARED) != 0 && ((flags[i] & UNTOTALLED) != 0 || total == null)) {
        findings.report(entryPointer(r, e, "document"), "document", document, "partner", partner);
      }
      flags[i] |= total == null ? DECLARED | UNTOTALLED : DECLARED;
    }
    BigDecimal amount = Spending.amountOf(entry);
    if (amount != null) {
      declared[i] = plus(declared[i], cents(amount));
    }
    boolean beyond = totals[i] != NO_TOTAL && declared[i] > totals[i];
    if (!beyond) {
      excesses[i] = null;
    } else if (excesses[i] == null) {
      excesses[i] = new Excess(prefix + entryPointer(r, e, "document"), partner, document);
    }
  }

  /**
   * Reports every document declared beyond its total whose declarations all state one (the others
   * are reported as declared twice), at the entry that took the sum beyond the total.
   */
  void reportExcesses(Findings findings) {
    for (int i = 0; i < documents.size(); i++) {
      Excess x = excesses[i];
      if (x != null && (flags[i] & UNTOTALLED) == 0) {
        findings.report(x.pointer(), "variant", "beyond", "document", x.document(),
            "partner", x.partner(), "declared", amount(declared[i]),
            "documentTotal", amount(totals[i]));
      }
    }
  }

  private int index(long key) {
    int known = documents.size();
    int i = documents.add(key);
    if (i == known) {
      if (i == declared.length) {
        int n = i + (i >> 1);
        declared = Arrays.copyOf(declared, n);
        totals = Arrays.copyOf(totals, n);
        flags = Arrays.copyOf(flags, n);
        excesses = Arrays.copyOf(excesses, n);
      }
      totals[i] = NO_TOTAL;
    }
    return i;
  }

  private static String entryPointer(int r, int e, String field) {
    return "/reports/" + r + "/expenditure/" + e + "/" + field;
  }

  /** Cents of a bounded value with at most two decimals (below 10^15, so a long holds it). */
  private static long cents(BigDecimal value) {
    return value.movePointRight(2).longValueExact();
  }

  private static String amount(long cents) {
    return Amount.of(BigDecimal.valueOf(cents, 2)).toString();
  }

  /** Sum that saturates instead of wrapping (only reachable with thousands of maximal amounts). */
  private static long plus(long a, long b) {
    long sum = a + b;
    if (((a ^ sum) & (b ^ sum)) < 0) {
      return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return sum;
  }
}
