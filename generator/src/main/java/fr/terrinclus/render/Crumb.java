package fr.terrinclus.render;

/** One step of a breadcrumb trail or one link of a list: a label and a site path. */
public record Crumb(String title, String path) {
}
