/**
 * Terrinclus, a static site generator for the ADF's knowledge base. The root package holds what every stage shares: {@link fr.terrinclus.Problem} (a content problem at a file, line and column), {@link fr.terrinclus.Problems} (the collector a build reports into) and {@link fr.terrinclus.BuildFailure}. Stages, in pipeline order: load, validate, markdown, html, link, render, write; {@code pipeline} runs them and {@code cli} is the command line.
 */
package fr.terrinclus;
