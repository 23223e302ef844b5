/**
 * Runs the stages in order and stops after the first one that reported problems.
 */
package fr.terrinclus.pipeline;
