package fr.terrinclus.cli;

import fr.terrinclus.pipeline.BuildOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code terrinclus check}: every check of a build, nothing written. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Vérifie le contenu comme le ferait une construction, sans rien écrire.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return Runner.run(new BuildOptions(site.content, site.theme, null, site.baseUrl, site.drafts, false)
                .withThreads(site.threads), site.verbose, spec);
    }
}
