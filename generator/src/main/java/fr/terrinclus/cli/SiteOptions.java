package fr.terrinclus.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options {@code build} and {@code check} share. */
final class SiteOptions {
    @Option(names = "--content", paramLabel = "DOSSIER", defaultValue = "content",
            description = "Dossier de contenu (défaut : ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--theme", paramLabel = "DOSSIER", defaultValue = "themes/terrinclus",
            description = "Dossier du thème (défaut : ${DEFAULT-VALUE}).")
    Path theme;

    @Option(names = "--drafts", description = "Publie aussi les contenus marqués « brouillon: true ».")
    boolean drafts;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Adresse publique du site (remplace « url_base » de site.yaml) : URL canoniques et sitemap.xml.")
    String baseUrl;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
            description = "Nombre de fils de calcul, 64 au plus (défaut : un par processeur). Le résultat ne dépend pas de ce nombre.")
    int threads;

    @Option(names = {"-v", "--verbose"},
            description = "Sur un terminal, affiche aussi la durée de chaque étape (ailleurs, elle l'est toujours).")
    boolean verbose;
}
