/**
 * The command line ({@code build}, {@code check}); parsing with picocli, no logic of its own.
 */
package fr.terrinclus.cli;
