package fr.terrinclus.pipeline;

/**
 * Hears how a build is going: each stage as it ends, and the pages of the long stages as they
 * are done. Called from several threads at once.
 */
public interface BuildListener {
    /** Hears nothing. */
    BuildListener NONE = new BuildListener() {
    };

    /** A stage ended; {@code stage} says how long it took. */
    default void stageEnded(BuildReport.Stage stage) {
    }

    /** A long stage starts, with {@code total} pages to do (negative when unknown). */
    default void working(String stage, int total) {
    }

    /** One more page of the current long stage is done. */
    default void pageDone() {
    }
}
