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
    private final String singular;

    ContentKind(String folder, String singular) {
        this.folder = folder;
        this.singular = singular;
    }

    /** The folder under {@code content/}, also the first segment of the pages' URLs (but for plain pages). */
    public String folder() {
        return folder;
    }

    /**
     * The kind's singular French name ({@code projet}): the name of the JSON Schema of its front
     * matter, of its page template and of its interface-string key.
     */
    public String singular() {
        return singular;
    }

    public static Optional<ContentKind> ofFolder(String folder) {
        return Arrays.stream(values()).filter(k -> k.folder.equals(folder)).findFirst();
    }
}
