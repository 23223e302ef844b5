package fr.terrinclus.cli;

import fr.terrinclus.pipeline.BuildOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code terrinclus build}: builds the site; the previous site stays in place if anything fails. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Construit le site dans le dossier de sortie (remplacé seulement si tout a réussi).")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--out", paramLabel = "DOSSIER", defaultValue = "site",
            description = "Dossier de sortie (défaut : ${DEFAULT-VALUE}).")
    Path out;

    /** A day: longer waits are read as this, so no deadline overflows. */
    static final long MAX_WAIT_SECONDS = 86_400;

    @Option(names = "--wait", paramLabel = "SECONDES", defaultValue = "600",
            description = "Attente maximale si une autre construction écrit dans le même dossier (défaut : ${DEFAULT-VALUE}).")
    long waitSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Duration wait = Duration.ofSeconds(Math.min(Math.max(waitSeconds, 0), MAX_WAIT_SECONDS));
        return Runner.run(new BuildOptions(site.content, site.theme, out, site.baseUrl, site.drafts, true, wait,
                site.threads), site.verbose, spec);
    }
}
