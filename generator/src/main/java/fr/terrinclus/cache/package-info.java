/**
 * Stage "cache": what a build remembers between runs, in the state folder beside the output
 * ({@code .terrinclus/<site>/cache/}), published together with the site so that the two always
 * match. Deleting it only costs time: every entry is checked against a hash of its inputs, and a
 * build that finds nothing usable builds everything.
 */
package fr.terrinclus.cache;
