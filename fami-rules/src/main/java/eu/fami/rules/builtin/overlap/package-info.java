/**
 * The overlap rules FAMI-OVL-001..004: duplicates and double funding across the projects of a
 * document, found while projects stream past. Keys are kept as 64-bit {@link
 * eu.fami.rules.builtin.overlap.Fingerprint}s in a primitive {@link
 * eu.fami.rules.builtin.overlap.LongIndex}, so memory grows with the number of distinct keys (CUPs,
 * codes, expenditure documents, lead-place-action buckets), never with the document, and a million
 * expenditure documents fit in a few tens of MB.
 */
package eu.fami.rules.builtin.overlap;
