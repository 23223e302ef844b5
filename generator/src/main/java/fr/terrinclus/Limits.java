package fr.terrinclus;

/**
 * The bounds every input is held to, so that no file, however written, can make a build run for
 * minutes, exhaust memory or overflow the stack. Each is far above what real content needs (the
 * largest shipped guide is 40 KB with 60 links); going over one is a located problem in French.
 * README.md lists them; tests check each.
 */
public final class Limits {
    /** A Markdown file, front matter included. */
    public static final int MARKDOWN_FILE_BYTES = 512 * 1024;
    /** The front matter of a Markdown file. */
    public static final int FRONT_MATTER_BYTES = 64 * 1024;
    /** {@code site.yaml}, {@code _data/thematiques.yaml}, a theme's language file. */
    public static final int DATA_FILE_BYTES = 256 * 1024;
    /** An image or document copied into the site. */
    public static final long ASSET_BYTES = 100L * 1024 * 1024;
    /** A template or other file of the theme. */
    public static final int THEME_FILE_BYTES = 1024 * 1024;
    /** Levels of lists and mappings inside each other in YAML. */
    public static final int YAML_DEPTH = 20;
    /** Characters on one line of a Markdown body. */
    public static final int LINE_CHARS = 10_000;
    /** Elements inside each other in a body: lists, quotes, emphasis, links (a list level counts two). */
    public static final int MARKDOWN_DEPTH = 40;
    /** Lines of a Markdown body without a blank line between them (a paragraph, a list, a table). */
    public static final int BLOCK_LINES = 2_000;
    /**
     * Markup characters ({@code [ ] ` & < \ * _ ~}) in one paragraph, heading or table cell: the
     * Markdown parser's cost grows with their number times the paragraph's length.
     */
    public static final int PARAGRAPH_MARKUP = 500;
    /** Raw HTML elements inside each other. */
    public static final int HTML_DEPTH = 100;
    /** Links and images in one page body. */
    public static final int LINKS_PER_PAGE = 5_000;
    /** Section headings in one page body. */
    public static final int HEADINGS_PER_PAGE = 1_000;

    private Limits() {
    }

    /** A size in the units French readers expect: « 64 Kio », « 1 Mio ». */
    public static String bytes(long n) {
        if (n >= 1024 * 1024 && n % (1024 * 1024) == 0) {
            return n / (1024 * 1024) + " Mio";
        }
        if (n >= 1024 && n % 1024 == 0) {
            return n / 1024 + " Kio";
        }
        return n + " octets";
    }
}
