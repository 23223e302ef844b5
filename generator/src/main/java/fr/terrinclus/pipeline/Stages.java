package fr.terrinclus.pipeline;

import fr.terrinclus.BuildFailure;
import fr.terrinclus.Problems;
import java.util.ArrayList;
import java.util.List;

/** Times the stages of one build, and stops it after a stage that found problems. */
final class Stages {
    private final Problems problems;
    private final BuildListener listener;
    private final List<BuildReport.Stage> done = new ArrayList<>();
    private long start = System.nanoTime();

    Stages(Problems problems, BuildListener listener) {
        this.problems = problems;
        this.listener = listener;
    }

    /**
     * Ends the stage that started with the previous one's end.
     *
     * @throws BuildFailure with every problem found so far, if there is any
     */
    void end(String name, String detail) throws BuildFailure {
        long now = System.nanoTime();
        BuildReport.Stage stage = new BuildReport.Stage(name, (now - start) / 1_000_000, detail);
        done.add(stage);
        listener.stageEnded(stage);
        start = now;
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems.sorted());
        }
    }

    List<BuildReport.Stage> list() {
        return List.copyOf(done);
    }
}
