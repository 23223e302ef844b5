/**
 * Stage 6, render: renders every page of the site with the theme's Pebble templates, interface strings per language and locale-aware formats. The only package that imports Pebble.
 */
package fr.terrinclus.render;
