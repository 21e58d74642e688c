/**
 * Test support for code that builds, reads or validates {@code fami/1} documents: valid fixtures
 * ({@link eu.fami.testkit.Fixtures}), fault injection ({@link eu.fami.testkit.Faults}), a seeded
 * generator of large datasets ({@link eu.fami.testkit.generate.DatasetGenerator}) and AssertJ
 * assertions on validation reports ({@link eu.fami.testkit.assertions.FamiAssertions}).
 *
 * <p>Add the module with test scope:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>eu.fami</groupId>
 *   <artifactId>fami-testkit</artifactId>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 */
package eu.fami.testkit;
