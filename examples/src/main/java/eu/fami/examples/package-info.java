/**
 * Runnable examples of embedding fami: a portal back end with Jakarta Bean Validation, an
 * integrator's batch job, building a project in code, a region's own rule and catalogue entries, and
 * the quarterly monitoring flow. Each is exercised by a test in this module.
 */
package eu.fami.examples;
