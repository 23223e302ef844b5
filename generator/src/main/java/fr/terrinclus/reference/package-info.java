/**
 * Reference data shipped inside the generator: French departments (INSEE), country names in French (ISO 3166) and the 17 SDGs, with their sources and licences next to the data files.
 */
package fr.terrinclus.reference;
