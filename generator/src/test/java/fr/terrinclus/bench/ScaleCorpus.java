package fr.terrinclus.bench;

import fr.terrinclus.reference.Department;
import fr.terrinclus.reference.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Writes a deterministic content folder of {@code entries} guides, projects and partners (about
 * 10/70/20 %) in French, with valid references between them, about ten links a page to other
 * entries and the plain pages the footer of the real {@code site.yaml} names. {@code site.yaml}
 * and {@code _data/thematiques.yaml} are the real ones.
 */
final class ScaleCorpus {
    private static final int LINKS_PER_PAGE = 10;
    private static final List<String> PARTNER_CATEGORIES = List.of("collectivite_francaise", "collectivite_partenaire",
            "association", "reseau", "operateur", "organisation_internationale", "recherche");
    private static final List<String> STATUSES = List.of("identification", "en_cours", "en_cours", "finalisation", "cloture");
    private static final List<String> AUDIENCES = List.of("elus", "agents_territoriaux", "associations",
            "partenaires_etrangers", "chercheurs", "grand_public");
    private static final List<String> LINK_WORDS = List.of("comme le montre", "voir aussi", "en lien avec",
            "ainsi que le décrit", "selon");

    /** One entry to write: its folder in the content, its id (the file name) and its title. */
    private record Planned(String folder, String id, String title) {
        /** A Markdown link to this entry, as an editor writes it: the first words of its title, its file. */
        String link() {
            List<String> words = List.of(title.split(" "));
            return "[" + String.join(" ", words.subList(0, Math.min(5, words.size()))) + "](../" + folder + "/" + id + ".md)";
        }
    }

    /**
     * What was written.
     *
     * @param words    average words in a body
     * @param editable a project file to touch for a one-page rebuild
     */
    record Written(int entries, int words, Path editable) {
    }

    private final FrenchText text;
    private final ReferenceData reference = ReferenceData.load();
    private final List<String> countries = List.copyOf(reference.countryCodes());
    private final List<String> departments = List.copyOf(reference.departmentCodes());
    private final List<String> themes;
    private final List<Planned> partners = new ArrayList<>();
    private final List<Planned> projects = new ArrayList<>();
    private final List<Planned> all = new ArrayList<>();

    private ScaleCorpus(FrenchText text, List<String> themes) {
        this.text = text;
        this.themes = themes;
    }

    /** Writes the corpus into {@code content}, copying the configuration of {@code realContent}. */
    static Written write(Path realContent, Path content, int entries, long seed) throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        JsonNode themes = yaml.readTree(realContent.resolve("_data/thematiques.yaml").toFile());
        ScaleCorpus corpus = new ScaleCorpus(FrenchText.load(seed), themes.findValuesAsString("id"));
        for (String folder : List.of("guides", "projets", "partenaires", "pages", "_data")) {
            Files.createDirectories(content.resolve(folder));
        }
        Files.copy(realContent.resolve("site.yaml"), content.resolve("site.yaml"));
        Files.copy(realContent.resolve("_data/thematiques.yaml"), content.resolve("_data/thematiques.yaml"));
        corpus.plan(entries);
        int words = 0;
        for (Planned entry : corpus.all) {
            words += corpus.writeEntry(content, entry);
        }
        corpus.writePages(content, yaml.readTree(realContent.resolve("site.yaml").toFile()).path("pied_de_page"));
        return new Written(entries, words / entries, content.resolve("projets/" + corpus.projects.get(0).id() + ".md"));
    }

    /** The plain pages the footer links to, the accessibility statement among them. */
    private void writePages(Path content, JsonNode footer) throws IOException {
        for (JsonNode link : footer) {
            Planned page = new Planned("pages", link.path("lien").asString().replace("/", ""), link.path("titre").asString());
            writeFile(content.resolve("pages/" + page.id() + ".md"),
                    "titre: " + quoted(page.title()) + "\nresume: " + quoted(text.summary()) + "\n", body(page));
        }
    }

    private void plan(int entries) {
        int guides = Math.max(1, entries / 10);
        int partnerCount = Math.max(1, entries / 5);
        plan(partners, "partenaires", "partenaire", partnerCount);
        plan(projects, "projets", "projet", entries - guides - partnerCount);
        List<Planned> guideList = new ArrayList<>();
        plan(guideList, "guides", "guide", guides);
        all.addAll(partners);
        all.addAll(projects);
        all.addAll(guideList);
    }

    private void plan(List<Planned> into, String folder, String prefix, int count) {
        for (int i = 1; i <= count; i++) {
            into.add(new Planned(folder, prefix + "-" + i, text.title(text.between(4, 9))));
        }
    }

    /** Writes one entry; returns the number of words of its body. */
    private int writeEntry(Path content, Planned entry) throws IOException {
        String frontMatter = switch (entry.folder()) {
            case "partenaires" -> partner(entry);
            case "projets" -> project(entry);
            default -> guide(entry);
        };
        String body = body(entry);
        writeFile(content.resolve(entry.folder() + "/" + entry.id() + ".md"), frontMatter, body);
        return (int) Stream.of(body.split("\\s+")).filter(w -> w.chars().anyMatch(Character::isLetter)).count();
    }

    private void writeFile(Path file, String frontMatter, String body) throws IOException {
        Files.writeString(file, "---\n" + frontMatter + "---\n\n" + body, StandardCharsets.UTF_8);
    }

    private String partner(Planned entry) {
        String category = text.pick(PARTNER_CATEGORIES);
        boolean french = category.equals("collectivite_francaise");
        Department department = reference.department(text.pick(departments)).orElseThrow();
        return "nom: " + quoted(french ? department.authorityName() : entry.title())
                + "\nresume: " + quoted(text.summary())
                + "\ncategorie: " + category
                + "\npays: " + (french ? "FR" : text.pick(countries))
                + (french ? "\ncode_insee: \"" + department.code() + "\"" : "")
                + "\ndate_publication: " + month()
                + "\nthematiques: " + distinct(1, 2, () -> text.pick(themes))
                + "\nodd: " + sdgs() + "\n";
    }

    private String project(Planned entry) {
        int start = text.between(2015, 2023);
        Set<String> partnerIds = new TreeSet<>(
                Stream.generate(() -> text.pick(partners).id()).limit(text.between(1, 3)).toList());
        return "titre: " + quoted(entry.title())
                + "\nresume: " + quoted(text.summary())
                + "\ndate_publication: " + month()
                + "\nporteur: " + text.pick(partners).id()
                + "\nstatut: " + text.pick(STATUSES)
                + "\npays: " + distinct(1, 2, () -> "\"" + text.pick(countries) + "\"")
                + "\ndepartements: " + distinct(1, 2, () -> "\"" + text.pick(departments) + "\"")
                + "\npartenaires:\n" + partnerIds.stream().map(id -> "  - " + (text.between(0, 1) == 0 ? id
                        : "{ref: " + id + ", role: " + quoted(text.words(text.between(2, 5))) + "}") + "\n")
                        .collect(Collectors.joining())
                + "dates: {debut: \"" + start + "\", fin: \"" + (start + text.between(1, 4)) + "\"}"
                + "\nodd: " + sdgs()
                + "\nthematiques: " + distinct(1, 3, () -> text.pick(themes))
                + "\nbudget: {montant: " + text.between(5, 900) * 1000 + ", devise: EUR}"
                + "\nobjectifs:\n" + texts(2, 4) + "\n";
    }

    private String guide(Planned entry) {
        return "titre: " + quoted(entry.title())
                + "\nresume: " + quoted(text.summary())
                + "\ndate_publication: " + month()
                + "\nediteur: " + text.pick(partners).id()
                + "\nthematiques: " + distinct(1, 3, () -> text.pick(themes))
                + "\nodd: " + sdgs()
                + "\npublic_cible: " + distinct(1, 3, () -> text.pick(AUDIENCES))
                + "\npoints_cles:\n" + texts(2, 4)
                + "\nprojets_lies: " + distinct(1, 3, () -> text.pick(projects).id()) + "\n";
    }

    private String month() {
        return String.format("\"%d-%02d\"", text.between(2016, 2025), text.between(1, 12));
    }

    private String sdgs() {
        return distinct(1, 3, () -> text.between(1, 17));
    }

    /** A flow list of {@code min} to {@code max} distinct values, sorted. */
    private <T extends Comparable<T>> String distinct(int min, int max, Supplier<T> value) {
        return new TreeSet<>(Stream.generate(value).limit(text.between(min, max)).toList()).stream()
                .map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }

    private String texts(int min, int max) {
        return Stream.generate(() -> "  - " + quoted(text.sentence(text.between(8, 16)))).limit(text.between(min, max))
                .collect(Collectors.joining("\n"));
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }

    /**
     * About 840 words: an introduction, five {@code ##} sections, three of them with a {@code ###}
     * subsection, a bulleted list, a table, and links to other entries in ten paragraphs.
     */
    private String body(Planned self) {
        Deque<String> links = new ArrayDeque<>();
        while (links.size() < LINKS_PER_PAGE) {
            Planned target = text.pick(all);
            if (!target.equals(self)) {
                links.add(target.link());
            }
        }
        StringBuilder md = new StringBuilder(paragraph(links));
        for (int section = 1; section <= 5; section++) {
            md.append("## ").append(text.title(text.between(3, 7))).append("\n\n");
            md.append(paragraph(links)).append(paragraph(links));
            if (section == 2) {
                md.append(list());
            }
            if (section == 4) {
                md.append(table());
            }
            if (section % 2 == 1) {
                md.append("### ").append(text.title(text.between(2, 5))).append("\n\n").append(paragraph(links));
            }
        }
        return md.toString();
    }

    /** Three to five sentences, the middle one ending with the next link if any is left. */
    private String paragraph(Deque<String> links) {
        int sentences = text.between(3, 5);
        StringBuilder p = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            String sentence = text.sentence(text.between(7, 17));
            if (s == sentences / 2 && !links.isEmpty()) {
                sentence = sentence.substring(0, sentence.length() - 1) + ", "
                        + text.pick(LINK_WORDS) + " " + links.poll() + ".";
            }
            p.append(s == 0 ? "" : " ").append(sentence);
        }
        return p.append("\n\n").toString();
    }

    private String list() {
        return Stream.generate(() -> "- " + text.sentence(text.between(5, 12))).limit(text.between(4, 6))
                .collect(Collectors.joining("\n", "", "\n\n"));
    }

    private String table() {
        StringBuilder t = new StringBuilder("| Indicateur | Valeur | Commentaire |\n| --- | ---: | --- |\n");
        for (int row = text.between(3, 5); row > 0; row--) {
            t.append("| ").append(text.title(text.between(1, 3))).append(" | ").append(text.between(1, 100))
                    .append(" % | ").append(text.words(text.between(3, 7))).append(" |\n");
        }
        return t.append('\n').toString();
    }
}
