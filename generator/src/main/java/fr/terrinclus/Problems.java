package fr.terrinclus;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of a build so that an editor sees all of them in one run.
 *
 * <p>Stages add what they find and go on; the orchestrator stops after a stage that reported
 * anything. Thread-safe: stages working on several threads add to
 * the same instance; {@link #sorted()} gives the same order whatever the scheduling.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Problem problem) {
        list.add(problem);
    }

    public synchronized boolean isEmpty() {
        return list.isEmpty();
    }

    public synchronized int size() {
        return list.size();
    }

    /** Every problem, sorted by file and position, duplicates removed. */
    public synchronized List<Problem> sorted() {
        return list.stream().distinct().sorted(Problem.ORDER).toList();
    }
}
