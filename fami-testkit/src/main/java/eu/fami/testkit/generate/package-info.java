/**
 * A seeded generator of large valid datasets, for load tests, benchmarks and {@code fami generate}.
 * It uses neither AssertJ nor any other test library, so that the CLI can depend on fami-testkit
 * while excluding {@code assertj-core}.
 */
package eu.fami.testkit.generate;
