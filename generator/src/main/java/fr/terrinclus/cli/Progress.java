package fr.terrinclus.cli;

import fr.terrinclus.pipeline.BuildListener;
import fr.terrinclus.pipeline.BuildReport;
import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How a command shows a build going. On a terminal, a progress bar of the long stages on the
 * error stream (the only class that uses the progressbar library), the stages listed at the end
 * only when asked; elsewhere (a CI log, a pipe), one line per stage as it ends, nothing redrawn.
 */
final class Progress implements BuildListener, AutoCloseable {
    private final PrintWriter out;
    private final boolean terminal;
    private final boolean verbose;
    private volatile ProgressBar bar;

    private Progress(PrintWriter out, boolean terminal, boolean verbose) {
        this.out = out;
        this.terminal = terminal;
        this.verbose = verbose;
    }

    /** @param verbose list the stages on a terminal too */
    static Progress of(PrintWriter out, boolean verbose) {
        return new Progress(out, System.console() != null, verbose);
    }

    /** Whether the stages are to be listed once the build is over. */
    boolean listsStagesAtTheEnd() {
        return terminal && verbose;
    }

    static String line(BuildReport.Stage stage) {
        return String.format("  %-13s %5d ms  %s", stage.name(), stage.millis(), stage.detail());
    }

    @Override
    public synchronized void stageEnded(BuildReport.Stage stage) {
        if (terminal) {
            close();
        } else {
            out.println(line(stage));
            out.flush();
        }
    }

    @Override
    public synchronized void working(String stage, int total) {
        if (!terminal) {
            return;
        }
        close();
        bar = new ProgressBarBuilder().setTaskName(stage).setInitialMax(total).setUpdateIntervalMillis(200)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" pages", 1).clearDisplayOnFinish().continuousUpdate()
                .build();
    }

    @Override
    public void pageDone() {
        ProgressBar current = bar;
        if (current != null) {
            current.step();
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
