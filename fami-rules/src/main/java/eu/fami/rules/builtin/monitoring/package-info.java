/**
 * The monitoring rules FAMI-MON-001..008: a project's quarterly reports against each other, the
 * project's dates, its budget and its declared indicators. Pointers are relative to the project
 * ({@code /reports/1/expenditure/0/date}); a {@code report} document is checked as appended to its
 * project's reports.
 */
package eu.fami.rules.builtin.monitoring;
