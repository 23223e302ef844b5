package fr.terrinclus.bench;

import fr.terrinclus.pipeline.BuildOptions;
import fr.terrinclus.pipeline.BuildReport;
import fr.terrinclus.pipeline.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Builds a generated corpus several times and prints how long each stage takes. Not a test: run
 * it with {@code mvn -q -B -pl generator test-compile exec:java -Dexec.args="2000"} (the number of
 * entries; default 1000).
 */
public final class BuildBenchmark {
    private static final String[] WORDS = ("coopération territoire inclusion économique sociale département partenaire "
            + "jeunes emploi formation eau assainissement santé éducation gouvernance locale collectivité association "
            + "réseau évaluation suivi changement acteurs vision marqueurs progrès échange pratiques solidarité "
            + "internationale développement durable personnes fragilité accès services publics").split(" ");
    private static final String[] COUNTRIES = {"SN", "BF", "ML", "MA", "TN", "BJ", "TG", "MG", "HT", "VN", "CM", "NE"};
    private static final String[] DEPARTMENTS = {"76", "78", "2A", "974", "35", "44", "13", "59", "69", "33", "01", "971"};

    private BuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path root = Files.createTempDirectory("terrinclus-bench");
        Path content = root.resolve("content");
        corpus(content, entries, new Random(42));
        Path theme = Path.of("..", "themes", "terrinclus");
        SiteBuilder builder = new SiteBuilder();
        Map<String, List<Long>> stages = new LinkedHashMap<>();
        List<Long> totals = new ArrayList<>();
        int pages = 0;
        for (int run = 0; run <= runs; run++) {
            long start = System.nanoTime();
            BuildReport report = builder.build(new BuildOptions(content, theme, root.resolve("site"), null, false, true));
            long total = (System.nanoTime() - start) / 1_000_000;
            pages = report.pages();
            if (run == 0) {
                System.out.printf("échauffement : %d ms%n", total);
                continue;
            }
            totals.add(total);
            report.stages().forEach(s -> stages.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s.millis()));
        }
        System.out.printf("corpus : %d fiches, %d pages HTML produites, %d constructions mesurées%n", entries, pages, runs);
        stages.forEach((name, times) -> System.out.printf("  %-13s médiane %6d ms%n", name, median(times)));
        long median = median(totals);
        System.out.printf("total médian : %d ms, soit %.2f ms par fiche%n", median, (double) median / entries);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static void corpus(Path content, int entries, Random random) throws IOException {
        for (String folder : List.of("guides", "projets", "partenaires", "pages", "_data")) {
            Files.createDirectories(content.resolve(folder));
        }
        Files.writeString(content.resolve("site.yaml"), """
                titre: Banc d'essai
                description: Corpus généré.
                langue: fr
                editeur: Banc d'essai
                licence: {nom: Licence Ouverte 2.0, url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"}
                accessibilite: {etat: non_conforme}
                """);
        Files.writeString(content.resolve("_data/thematiques.yaml"),
                "thematiques:\n  - {id: eau, libelle: Eau}\n  - {id: emploi, libelle: Emploi}\n  - {id: sante, libelle: Santé}\n");
        Files.writeString(content.resolve("pages/accessibilite.md"), "---\ntitre: Accessibilité\n---\nDéclaration.\n");
        int partners = Math.max(1, entries / 5);
        int projects = entries / 2;
        int guides = entries - partners - projects;
        for (int i = 0; i < partners; i++) {
            write(content, "partenaires/partenaire-" + i, "nom: Partenaire " + i + "\nresume: " + sentence(random, 12)
                    + "\ncategorie: association\npays: " + pick(random, COUNTRIES) + "\n", random);
        }
        for (int i = 0; i < projects; i++) {
            write(content, "projets/projet-" + i, "titre: " + sentence(random, 6) + "\nresume: " + sentence(random, 20)
                    + "\ndate_publication: \"2025-0" + (1 + i % 9) + "\"\nporteur: partenaire-" + random.nextInt(partners)
                    + "\nstatut: en_cours\npays: [\"" + pick(random, COUNTRIES) + "\"]\ndepartements: [\""
                    + pick(random, DEPARTMENTS) + "\"]\npartenaires: [partenaire-" + random.nextInt(partners)
                    + "]\nodd: [" + (1 + random.nextInt(17)) + "]\nthematiques: [eau]\n", random);
        }
        for (int i = 0; i < guides; i++) {
            write(content, "guides/guide-" + i, "titre: " + sentence(random, 5) + "\nresume: " + sentence(random, 20)
                    + "\ndate_publication: \"2024\"\nthematiques: [emploi]\nprojets_lies: [projet-"
                    + random.nextInt(Math.max(1, projects)) + "]\n", random);
        }
    }

    private static void write(Path content, String name, String frontMatter, Random random) throws IOException {
        StringBuilder body = new StringBuilder();
        for (int section = 1; section <= 4; section++) {
            body.append("## Section ").append(section).append(' ').append(pick(random, WORDS)).append("\n\n");
            Stream.generate(() -> sentence(random, 25)).limit(3).forEach(p -> body.append(p).append("\n\n"));
        }
        Files.writeString(content.resolve(name + ".md"), "---\n" + frontMatter + "---\n" + body);
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(i == 0 ? "" : " ").append(pick(random, WORDS));
        }
        return s.append('.').toString();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
