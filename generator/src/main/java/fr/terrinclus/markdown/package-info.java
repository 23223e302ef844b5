/**
 * Stage 3, markdown: renders Markdown bodies to HTML and records their links with positions. The only package that imports Flexmark.
 */
package fr.terrinclus.markdown;
