/**
 * The budget rules (FAMI-BUD-*): budget and financing sums, partners that may hold budget, EU share
 * caps, flat-rate indirect costs, simplified costs, call maxima and allocations, programme shares.
 * Money is compared exactly on {@link java.math.BigDecimal}; amounts that the field checks reject
 * are not judged. The list is {@link eu.fami.rules.builtin.budget.BudgetRules#rules()}.
 */
package eu.fami.rules.builtin.budget;
