/**
 * Stage 5, link: where each page lives ({@link fr.terrinclus.link.UrlScheme}), Markdown links between content files turned into relative page links and checked with their anchors, menu and footer links checked, and cross-references read both ways.
 */
package fr.terrinclus.link;
