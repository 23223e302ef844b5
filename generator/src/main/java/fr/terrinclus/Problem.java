package fr.terrinclus;

import java.util.Comparator;

/**
 * One problem found in the content or the theme, with the place an editor must look at.
 *
 * <p>{@code file} is the path as the user wrote it on the command line (for instance
 * {@code content/projets/eau.md}); {@code line} and {@code column} are 1-based, 0 when unknown.
 * Messages are in French: they are read by editors.
 */
public record Problem(String file, int line, int column, String message) {

    /** Orders problems by file, then position, so reports are stable from run to run. */
    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public Problem {
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position: " + line + ":" + column);
        }
    }

    /** A problem about a whole file, with no better position. */
    public static Problem inFile(String file, String message) {
        return new Problem(file, 0, 0, message);
    }

    /** Renders the problem as {@code path:line:column: message}, the format editors and IDEs recognise. */
    @Override
    public String toString() {
        return file + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + message;
    }
}
