/**
 * JSON Schemas of the {@code fami/1} documents, generated from the model: {@link
 * eu.fami.io.schema.JsonSchemas}.
 */
package eu.fami.io.schema;
