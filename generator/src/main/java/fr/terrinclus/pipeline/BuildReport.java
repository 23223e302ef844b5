package fr.terrinclus.pipeline;

import java.util.List;

/**
 * What a successful build did.
 *
 * @param stages   each stage's name and duration, in order
 * @param upToDate the site in place was already the one these inputs give: nothing was written
 */
public record BuildReport(int pages, int files, List<Stage> stages, boolean upToDate) {
    public BuildReport {
        stages = List.copyOf(stages);
    }

    public BuildReport(int pages, int files, List<Stage> stages) {
        this(pages, files, stages, false);
    }

    /** A build that found the site already up to date and wrote nothing. */
    static BuildReport upToDate(List<Stage> stages) {
        return new BuildReport(0, 0, stages, true);
    }

    /** One stage and how long it took. */
    public record Stage(String name, long millis, String detail) {
    }
}
