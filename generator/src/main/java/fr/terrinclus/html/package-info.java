/**
 * Stage 4, html: sanitizes contributed HTML and assigns heading anchors. The only package that imports jsoup in production code.
 */
package fr.terrinclus.html;
