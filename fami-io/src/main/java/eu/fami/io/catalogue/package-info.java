/**
 * Catalogue files ({@code fami-catalogue/1}): {@link eu.fami.io.catalogue.CatalogueFiles} reads an
 * amendment of a {@link eu.fami.model.catalogue.Catalogue} (a region's own actions, a programme
 * amendment) and writes a full catalogue in the same format.
 */
package eu.fami.io.catalogue;
