package fr.terrinclus.cli;

import fr.terrinclus.build.BuildOptions;
import fr.terrinclus.search.SearchQuery;
import fr.terrinclus.search.Searcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code terrinclus search}: asks the Lucene index written by {@code build}, for editors and tests. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Cherche dans l'index construit par « build » et affiche les résultats classés avec leur score.")
final class SearchCommand implements Callable<Integer> {
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

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Nombre de résultats (défaut : ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--index", paramLabel = "DOSSIER", defaultValue = BuildOptions.SEARCH_INDEX,
            description = "Index écrit par « build » à côté du site (défaut : ${DEFAULT-VALUE}).")
    Path index;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(index)) {
            err.println("index de recherche introuvable (" + index + ") : lancez d'abord « build »");
            err.flush();
            return 1;
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        put(filters, "type", types);
        put(filters, "departement", departments);
        put(filters, "pays", countries);
        put(filters, "thematique", themes);
        put(filters, "odd", sdgs);
        SearchQuery search = SearchQuery.of(query, filters);
        try (Searcher searcher = Searcher.open(index)) {
            List<Searcher.Hit> hits = searcher.search(search, limit);
            out.println(hits.size() + " résultat(s) pour « " + query + " » (termes : " + String.join(" ", search.terms()) + ")");
            int rank = 1;
            for (Searcher.Hit hit : hits) {
                out.printf(Locale.ROOT, "%2d. %8.4f  %-18s %s  (%s)%n", rank++, hit.score(), hit.kindLabel(), hit.title(), hit.path());
            }
        }
        out.flush();
        return 0;
    }

    private static void put(Map<String, List<String>> filters, String facet, List<String> values) {
        if (values != null && !values.isEmpty()) {
            filters.put(facet, values);
        }
    }
}
