package fr.terrinclus;

import java.util.List;

/**
 * Thrown by the orchestrator once a stage has reported problems: the build cannot go on.
 *
 * <p>The problems are data; the message is only a summary for logs.
 */
public final class BuildFailure extends Exception {
    private final transient List<Problem> problems;

    public BuildFailure(List<Problem> problems) {
        super(problems.size() + " problème(s)");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
