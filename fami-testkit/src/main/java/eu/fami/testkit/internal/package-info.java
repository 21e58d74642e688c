/**
 * Internals of the testkit shared by the fixtures and the generator: deterministic randomness,
 * synthetic identifiers, exact budget arithmetic and quarterly reports. Not an API: it may change
 * in any release.
 */
package eu.fami.testkit.internal;
