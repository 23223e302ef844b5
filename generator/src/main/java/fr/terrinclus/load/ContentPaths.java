package fr.terrinclus.load;

import java.nio.file.Path;
import java.util.Optional;

/** Paths inside the content folder, always relative to it and written with {@code /}. */
public final class ContentPaths {
    private ContentPaths() {
    }

    /**
     * Resolves {@code relative} against the folder of the file {@code from}.
     *
     * @return the path, or empty when it leaves the content folder
     */
    public static Optional<String> resolve(String from, String relative) {
        Path base = Path.of(from).getParent();
        Path target = (base == null ? Path.of(relative) : base.resolve(relative)).normalize();
        String s = target.toString().replace('\\', '/');
        return s.startsWith("..") || target.isAbsolute() ? Optional.empty() : Optional.of(s);
    }
}
