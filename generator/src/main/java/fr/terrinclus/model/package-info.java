/**
 * The content model: immutable records for guides, project sheets, partner profiles, plain pages and site settings, as validation builds them and later stages read them.
 */
package fr.terrinclus.model;
