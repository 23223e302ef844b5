package fr.terrinclus.pipeline;

import java.util.List;

/**
 * What a successful build did.
 *
 * @param stages each stage's name and duration, in order
 */
public record BuildReport(int pages, int files, List<Stage> stages) {
    public BuildReport {
        stages = List.copyOf(stages);
    }

    /** One stage and how long it took. */
    public record Stage(String name, long millis, String detail) {
    }
}
