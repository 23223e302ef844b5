package fr.terrinclus.load;

import java.util.Optional;

/** Splits a Markdown file into its YAML front matter (between two {@code ---} lines) and its body. */
record FrontMatter(String yaml, String body, int bodyLine) {

    /** Splits {@code text} (LF line endings), or returns empty when it has no front matter. */
    static Optional<FrontMatter> split(String text) {
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            return Optional.empty();
        }
        int start = text.indexOf('\n') + 1;
        int lineNumber = 2;
        int at = start;
        while (at <= text.length() && start > 0) {
            int end = text.indexOf('\n', at);
            String line = text.substring(at, end < 0 ? text.length() : end);
            if (line.stripTrailing().equals("---")) {
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(text.substring(start, at), body, lineNumber + 1));
            }
            if (end < 0) {
                break;
            }
            at = end + 1;
            lineNumber++;
        }
        return Optional.of(new FrontMatter(null, null, lineNumber));
    }

    /** True when the opening line was found but no closing line. */
    boolean unclosed() {
        return yaml == null;
    }
}
