package fr.terrinclus.cli;

import fr.terrinclus.BuildFailure;
import fr.terrinclus.Problem;
import fr.terrinclus.pipeline.BuildOptions;
import fr.terrinclus.pipeline.BuildReport;
import fr.terrinclus.pipeline.SiteBuilder;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Runs a build for a command and prints its outcome: problems on stderr, a summary on stdout. */
final class Runner {
    static final int OK = 0;
    static final int CONTENT_PROBLEMS = 1;
    static final int USAGE = 2;

    private Runner() {
    }

    /** @param verbose list the stages and their times on a terminal too (elsewhere they always are) */
    static int run(BuildOptions options, boolean verbose, CommandLine.Model.CommandSpec spec) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        try (Progress progress = Progress.of(out, verbose)) {
            BuildReport report = new SiteBuilder().build(options, progress);
            progress.close();
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (progress.listsStagesAtTheEnd()) {
                report.stages().forEach(stage -> out.println(Progress.line(stage)));
            }
            out.println(report.upToDate()
                    ? "Site à jour dans « " + options.out() + " » : rien n'a changé depuis la dernière construction ("
                            + ms + " ms)."
                    : options.write()
                    ? "Site construit dans « " + options.out() + " » : " + report.pages() + " pages, "
                            + report.files() + " fichiers, en " + ms + " ms."
                    : "Contenu valide : " + report.pages() + " pages seraient produites (" + ms + " ms).");
            out.flush();
            return OK;
        } catch (BuildFailure failure) {
            if (failure.kind() == BuildFailure.Kind.USAGE) {
                failure.problems().forEach(p -> err.println(p.message()));
                err.println("Aide : terrinclus " + spec.name() + " --help");
                err.flush();
                return USAGE;
            }
            for (Problem problem : failure.problems()) {
                err.println(problem);
            }
            int n = failure.problems().size();
            err.println(n + (n > 1 ? " problèmes trouvés" : " problème trouvé") + outcome(options, failure.kind()));
            err.flush();
            return CONTENT_PROBLEMS;
        }
    }

    /** What happened to the site: said only when it is true. */
    private static String outcome(BuildOptions options, BuildFailure.Kind kind) {
        if (!options.write()) {
            return ".";
        }
        return kind == BuildFailure.Kind.INTERRUPTED
                ? " ; relancez la construction pour publier de nouveau le site et son index."
                : " ; le site précédent n'a pas été modifié.";
    }
}
