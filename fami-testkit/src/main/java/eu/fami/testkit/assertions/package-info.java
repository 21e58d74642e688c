/**
 * AssertJ assertions on validation reports and violations; failures print the report, one line per
 * violation. Entry point: {@link eu.fami.testkit.assertions.FamiAssertions}.
 */
package eu.fami.testkit.assertions;
