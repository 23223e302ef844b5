package fr.terrinclus.load;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of Markdown content, each kept in its own folder of {@code content/}. */
public enum ContentKind {
    GUIDE("guides", "guide"),
    PROJECT("projets", "projet"),
    PARTNER("partenaires", "partenaire"),
    PAGE("pages", "page");

    private final String folder;
    private final String schema;

    ContentKind(String folder, String schema) {
        this.folder = folder;
        this.schema = schema;
    }

    /** The folder under {@code content/}, also the first segment of the pages' URLs (but for plain pages). */
    public String folder() {
        return folder;
    }

    /** The name of the JSON Schema that validates this kind's front matter. */
    public String schema() {
        return schema;
    }

    public static Optional<ContentKind> ofFolder(String folder) {
        return Arrays.stream(values()).filter(k -> k.folder.equals(folder)).findFirst();
    }
}
