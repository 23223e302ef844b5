package fr.terrinclus;

import java.util.List;

/**
 * Thrown by the orchestrator once a stage has reported problems: the build cannot go on.
 *
 * <p>The problems are data; the message is only a summary for logs. {@link #kind()} says what the
 * failure means for the command line and for the output folder.
 */
public final class BuildFailure extends Exception {
    /** What failed, which decides the exit code and what the user is told about the site. */
    public enum Kind {
        /** Content, theme or environment problems; the previous site was not modified. */
        PROBLEMS,
        /** A command-line option is unusable (exit code 2); nothing was read or written. */
        USAGE,
        /** The publication passed its point of no return and stopped; the next build completes it. */
        INTERRUPTED
    }

    private final transient List<Problem> problems;
    private final Kind kind;

    public BuildFailure(List<Problem> problems) {
        this(problems, Kind.PROBLEMS);
    }

    public BuildFailure(List<Problem> problems, Kind kind) {
        super(problems.size() + " problème(s)");
        this.problems = List.copyOf(problems);
        this.kind = kind;
    }

    public List<Problem> problems() {
        return problems;
    }

    public Kind kind() {
        return kind;
    }
}
