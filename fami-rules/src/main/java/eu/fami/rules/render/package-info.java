/** Renderings of validation reports: text for people, JSON and CSV for machines. */
package eu.fami.rules.render;
