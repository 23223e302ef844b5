package fr.terrinclus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated French corpus for search tests: pages about territorial cooperation built from a
 * fixed vocabulary with a fixed seed, so that queries have known, stable answers.
 */
final class Corpus {
    static final String[] WORDS = ("coopération décentralisée territoire territoires inclusion économique sociale sociales "
            + "département départements partenaire partenaires jeunes jeunesse emploi emplois formation formations "
            + "professionnelle eau potable assainissement santé éducation école écoles gouvernance locale collectivité "
            + "collectivités association associations réseau réseaux évaluation évaluations suivi changement changements "
            + "acteurs vision marqueurs progrès échange échanges pratiques solidarité internationale développement durable "
            + "personnes fragilité fragilités accès services publics femmes agriculture agricole agriculteurs marché "
            + "marchés handicap handicapées insertion logement logements culture culturel numérique énergie solaire forêt "
            + "climat climatique migration migrants diaspora Sénégal Maroc Madagascar Bénin Haïti Tunisie Vietnam Mali "
            + "Yvelines Seine-Maritime Corse Réunion élus élues agents citoyens citoyenne participation participative "
            + "budget financement financements subvention ateliers atelier diagnostic capitalisation projet projets "
            + "pilote pilotes démarche démarches outil outils guide guides méthode méthodes l'eau l’école d'emploi "
            + "qu'il jusqu'à aujourd'hui été œuvre noël coopérative coopératives nationale nationaux travaux chevaux").split(" ");

    private Corpus() {
    }

    static List<SearchDocument> generate(int size, long seed) {
        Random random = new Random(seed);
        String[] kinds = {"guide", "projet", "partenaire", "page"};
        String[] departments = {"76", "78", "2A", "974", "35"};
        String[] countries = {"SN", "MA", "MG", "BJ", "HT"};
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String kind = kinds[random.nextInt(kinds.length)];
            String title = words(random, 3 + random.nextInt(4));
            String summary = words(random, 10 + random.nextInt(10));
            String headings = words(random, 2 + random.nextInt(6));
            String body = words(random, 40 + random.nextInt(260));
            String path = kind + "s/page-" + String.format("%03d", i) + "/";
            SearchDocument.Result card = new SearchDocument.Result(kind, kind, title, path, summary, false, List.of());
            List<String> dep = List.of(departments[random.nextInt(departments.length)]);
            List<String> country = List.of(countries[random.nextInt(countries.length)]);
            List<Integer> sdg = List.of(1 + random.nextInt(17));
            String keywords = dep.get(0) + " ; ODD " + sdg.get(0);
            docs.add(new SearchDocument(i, card, title, summary, headings, keywords, body, summary + " " + body,
                    new SearchDocument.Facets(kind, kind.equals("projet") ? "en_cours" : null, dep, country,
                            List.of(random.nextBoolean() ? "eau" : "emploi"), sdg)));
        }
        return docs;
    }

    private static String words(Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            // Zipf-like: early words are more frequent, as in real text
            int index = (int) Math.floor(Math.pow(random.nextDouble(), 2.2) * WORDS.length);
            out.append(i == 0 ? "" : " ").append(WORDS[index]);
        }
        return out.append('.').toString();
    }
}
