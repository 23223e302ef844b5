package fr.terrinclus;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of a build so that an editor sees all of them in one run.
 *
 * <p>Stages add what they find and go on; the orchestrator stops after a stage that reported
 * anything. Not thread-safe: one instance per build.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(Problem problem) {
        list.add(problem);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    /** Every problem, sorted by file and position, duplicates removed. */
    public List<Problem> sorted() {
        return list.stream().distinct().sorted(Problem.ORDER).toList();
    }
}
