/**
 * Stage 2, validate: checks loaded content against the JSON Schemas in {@code schemas/} (the single source of truth for front matter), the reference data, the theme vocabulary and the references between entries, and builds the immutable {@link fr.terrinclus.model.Library}. The only package that uses the JSON Schema validator.
 */
package fr.terrinclus.validate;
