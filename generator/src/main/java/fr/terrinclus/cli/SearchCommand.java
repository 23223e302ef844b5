package fr.terrinclus.cli;

import fr.terrinclus.pipeline.SiteBuilder;
import fr.terrinclus.search.ClientIndex;
import fr.terrinclus.search.SearchQuery;
import fr.terrinclus.search.Searcher;
import fr.terrinclus.write.OutputFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code terrinclus search}: asks the search index of a site written by {@code build}, ranked by
 * Lucene (which the browser's engine reproduces), for editors and tests.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Cherche dans l'index construit par « build » et affiche les résultats classés avec leur score.")
final class SearchCommand implements Callable<Integer> {
    static final int MAX_LIMIT = 1000;

    @Parameters(paramLabel = "REQUÊTE", description = "Les mots cherchés.")
    String query;

    @Option(names = "--type", paramLabel = "TYPE", description = "guide, projet, partenaire ou page.")
    List<String> types;

    @Option(names = "--departement", paramLabel = "CODE", description = "Code INSEE, par exemple 76 ou 2A.")
    List<String> departments;

    @Option(names = "--pays", paramLabel = "CODE", description = "Code ISO à deux lettres, par exemple SN.")
    List<String> countries;

    @Option(names = "--thematique", paramLabel = "ID", description = "Identifiant de thématique.")
    List<String> themes;

    @Option(names = "--odd", paramLabel = "N", description = "Numéro d'objectif de développement durable.")
    List<String> sdgs;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
            description = "Nombre de résultats, de 1 à " + MAX_LIMIT + " (défaut : ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--site", paramLabel = "DOSSIER", defaultValue = "site",
            description = "Site construit par « build » (son --out), dont on lit l'index (défaut : ${DEFAULT-VALUE}).")
    Path site;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1 || limit > MAX_LIMIT) {
            err.println("--limit doit être compris entre 1 et " + MAX_LIMIT + " (reçu : " + limit + ")");
            err.println("Aide : terrinclus search --help");
            err.flush();
            return 2;
        }
        Optional<OutputFolder> folder = OutputFolder.existing(site);
        if (folder.isEmpty()) {
            return fail(err, "« " + site + " » n'est pas un site construit : indiquez avec --site le dossier --out de « build »");
        }
        OutputFolder output = folder.get();
        Path index = output.site().resolve(SiteBuilder.SEARCH_DATA);
        if (output.interrupted()) {
            return fail(err, "la dernière publication de « " + site + " » a été interrompue : relancez « build » "
                    + "pour que le site et son index soient de nouveau identiques");
        }
        if (!Files.isRegularFile(index.resolve(ClientIndex.MANIFEST))) {
            return fail(err, "index de recherche de « " + site + " » introuvable (" + index + ") : lancez d'abord « build »");
        }
        try {
            // a site folder whose index is a link to another folder would have that folder read
            if (!index.toRealPath().startsWith(output.site().toRealPath())) {
                return fail(err, "l'index de recherche de « " + site + " » mène hors du site : relancez « build »");
            }
        } catch (IOException e) {
            return fail(err, "index de recherche de « " + site + " » illisible (" + e.getMessage() + ") : relancez « build »");
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        put(filters, "type", types);
        put(filters, "departement", departments);
        put(filters, "pays", countries);
        put(filters, "thematique", themes);
        put(filters, "odd", sdgs);
        SearchQuery search = SearchQuery.of(query, filters);
        List<Searcher.Hit> hits;
        try (Searcher searcher = Searcher.open(index)) {
            hits = searcher.search(search, limit);
        } catch (IOException e) {
            return fail(err, "index de recherche de « " + site + " » illisible (" + e.getMessage()
                    + ") : relancez « build »");
        }
        if (search.truncated()) {
            err.println("requête limitée à ses " + SearchQuery.MAX_TERMS + " premiers mots");
            err.flush();
        }
        out.println(hits.size() + (hits.size() > 1 ? " résultats" : " résultat") + " pour « " + query + " » (termes : "
                + String.join(" ", search.terms()) + ")");
        int rank = 1;
        for (Searcher.Hit hit : hits) {
            out.printf(Locale.ROOT, "%2d. %8.4f  %-18s %s  (%s)%n", rank++, hit.score(), hit.kindLabel(), hit.title(), hit.path());
        }
        out.flush();
        return 0;
    }

    private static int fail(PrintWriter err, String message) {
        err.println(message);
        err.flush();
        return 1;
    }

    private static void put(Map<String, List<String>> filters, String facet, List<String> values) {
        if (values != null && !values.isEmpty()) {
            filters.put(facet, values);
        }
    }
}
