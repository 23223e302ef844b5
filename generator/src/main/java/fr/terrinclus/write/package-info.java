/**
 * Stage 7, write: replaces the output folder atomically; the only package that writes under it.
 */
package fr.terrinclus.write;
