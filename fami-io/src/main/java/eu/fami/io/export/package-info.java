/**
 * The open-data list of operations (CPR Art 49(3)) as CSV: {@link
 * eu.fami.io.export.OperationsExport}, in the {@link eu.fami.io.export.Profile profiles} RFC 4180
 * and OpenCoesione-like, with the {@link eu.fami.io.export.Column columns} documented one by one.
 */
package eu.fami.io.export;
