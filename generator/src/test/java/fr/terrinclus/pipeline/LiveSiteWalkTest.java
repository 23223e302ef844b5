package fr.terrinclus.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long seeded walks over a site with pagination, a base URL, partners in departments, partner
 * authorities, actors, documents and images: several files change per update (renames, moves
 * between kinds, references, drafts, anchors, site.yaml, the vocabulary, assets). After every
 * update the live site must agree with a clean build. A divergence is recorded, the live site is
 * started again from the content as it is, and the walk goes on; the test fails listing them.
 */
class LiveSiteWalkTest {
    static final String SITE_YAML = """
            titre: Site de test
            description: Un site de test.
            langue: fr
            editeur: Test
            url_base: https://exemple.fr/site/
            elements_par_page: 2
            menu:
              - {titre: Guides, lien: guides/}
              - {titre: Projets, lien: projets/}
              - {titre: À propos, lien: a-propos/}
            pied_de_page:
              - {titre: Mentions, lien: mentions-legales/}
            licence: {nom: Licence Ouverte 2.0, url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"}
            accessibilite: {etat: partielle}
            """;
    static final String THEMES = """
            thematiques:
              - {id: eau, libelle: Eau}
              - {id: inclusion-sociale, libelle: Inclusion sociale}
              - {id: emploi, libelle: Emploi, description: L'accès à l'emploi.}
            """;

    static final String SITE = "-- content/site.yaml --\n" + SITE_YAML + "-- content/_data/thematiques.yaml --\n" + THEMES + """
            -- content/partenaires/adf.md --
            ---
            nom: Assemblée des départements de France
            sigle: ADF
            resume: Association des départements.
            categorie: reseau
            pays: FR
            ---
            L'ADF.
            -- content/partenaires/gret.md --
            ---
            nom: Gret
            resume: ONG de développement.
            categorie: association
            pays: SN
            logo: {fichier: ../media/logo.png, alt: Gret}
            thematiques: [eau]
            ---
            Le Gret.

            ## Missions

            Des missions.
            -- content/partenaires/cd76.md --
            ---
            nom: Département de la Seine-Maritime
            resume: Un département.
            categorie: collectivite_francaise
            pays: FR
            code_insee: "76"
            ---
            Le département.
            -- content/partenaires/cd33.md --
            ---
            nom: Département de la Gironde
            resume: Un autre département.
            categorie: collectivite_francaise
            pays: FR
            code_insee: "33"
            odd: [10]
            ---
            La Gironde.
            -- content/partenaires/ong-bf.md --
            ---
            nom: Association burkinabè
            resume: Une association.
            categorie: association
            pays: BF
            ---
            Au Burkina Faso.
            -- content/projets/eau.md --
            ---
            titre: Eau et inclusion
            resume: Un projet d'eau.
            date_publication: "2024-05"
            porteur: adf
            statut: en_cours
            pays: ["SN"]
            departements: ["76"]
            partenaires: [gret, {ref: cd76, role: Cofinanceur}]
            collectivites_partenaires: [{nom: Commune de Thiès, pays: SN}]
            thematiques: [eau]
            odd: [6]
            changements:
              acteurs:
                - {id: a1, nom: Les usagers, ref: gret}
            ---
            ## Contexte

            Corps du projet eau.

            ## Résultats

            Des résultats.
            -- content/projets/ecoles.md --
            ---
            titre: Écoles inclusives
            resume: Un projet d'écoles.
            date_publication: "2024-03"
            porteur: gret
            statut: cloture
            pays: ["BF"]
            departements: ["33"]
            partenaires: [ong-bf]
            odd: [4]
            ---
            Corps du projet écoles, voir [le Gret](../partenaires/gret.md#missions).
            -- content/projets/sante.md --
            ---
            titre: Santé partagée
            resume: Un projet de santé.
            date_publication: "2023-11"
            porteur: cd33
            statut: identification
            pays: ["SN", "BF"]
            departements: ["33", "76"]
            collectivites_partenaires: [{nom: Région de Kayes, pays: ML}]
            thematiques: [inclusion-sociale]
            ---
            Corps du projet santé.
            -- content/projets/emploi.md --
            ---
            titre: Emploi des jeunes
            resume: Un projet d'emploi.
            date_publication: "2024-01"
            porteur: cd76
            statut: en_cours
            pays: ["FR"]
            departements: ["76"]
            thematiques: [emploi]
            ---
            Corps du projet emploi.
            -- content/guides/methode.md --
            ---
            titre: Méthode de coopération
            resume: Un guide.
            date_publication: "2024-06"
            editeur: adf
            projets_lies: [eau]
            thematiques: [inclusion-sociale]
            documents:
              - {titre: Le guide en PDF, fichier: ../media/guide.pdf}
            ---
            Voir [le contexte](../projets/eau.md#contexte) et [l'ADF](../partenaires/adf.md).

            ![Schéma](../media/schema.png)
            -- content/guides/suivi.md --
            ---
            titre: Suivi et évaluation
            resume: Un guide de suivi.
            date_publication: "2024-02"
            editeur: gret
            projets_lies: [eau, ecoles]
            odd: [4]
            ---
            ## Principes

            Suivre.
            -- content/guides/outils.md --
            ---
            titre: Boîte à outils
            resume: Des outils.
            date_publication: "2023-05"
            ---
            Des outils, voir [le suivi](suivi.md#principes).
            -- content/pages/a-propos.md --
            ---
            titre: À propos
            ---
            Une page sur [les écoles](../projets/ecoles.md).
            -- content/pages/accessibilite.md --
            ---
            titre: Accessibilité
            ---
            Déclaration.
            -- content/pages/mentions-legales.md --
            ---
            titre: Mentions légales
            ---
            Mentions.
            """;

    static final String[] WORDS = {"Alpha", "Zèbre", "Méthode", "Eau", "Bilan", "Ouvrage", "Écoles"};
    static final List<String> DEPTS = List.of("76", "33", "69", "13");
    static final List<String> COUNTRIES = List.of("SN", "BF", "FR", "ML");
    static final List<String> THEME_IDS = List.of("eau", "inclusion-sociale", "emploi");
    static final List<String> ASSETS = List.of("media/guide.pdf", "media/schema.png", "media/logo.png");

    @TempDir
    Path dir;

    /** Steps per walk: a few dozen in the suite, more by hand ({@code -Dwalk.steps=300}). */
    private static final int STEPS = Integer.getInteger("walk.steps", 50);

    /** The options of a walk. */
    record Walk(long seed, int steps, int maxFiles, boolean siteFiles, boolean loadProblems, boolean hostile,
                boolean gentle) {
        Walk(long seed, int maxFiles, boolean siteFiles, boolean loadProblems, boolean hostile) {
            this(seed, STEPS, maxFiles, siteFiles, loadProblems, hostile, false);
        }
    }

    @Test
    void walkOfEntryEditsOnly() throws Exception {
        report("entries", walk(new Walk(1, 4, false, false, false)));
    }

    /** Mostly changes that build, so that many incremental updates follow one another. */
    @Test
    void gentleWalkWithSiteFiles() throws Exception {
        report("gentle-site-files", walk(new Walk(71, STEPS, 5, true, false, false, true)));
    }

    @Test
    void walkWithSiteFilesAndAssets() throws Exception {
        report("site-files", walk(new Walk(11, 4, true, false, false)));
    }

    @Test
    void walkWithLoadProblems() throws Exception {
        report("load-problems", walk(new Walk(21, 3, false, true, false)));
    }

    @Test
    void hostileWalk() throws Exception {
        report("hostile", walk(new Walk(31, 3, true, true, true)));
    }

    private void report(String name, List<String> found) throws IOException {
        Path notes = Path.of("target", "attack-notes");
        Files.createDirectories(notes);
        Files.writeString(notes.resolve("walk-" + name + ".txt"), String.join("\n\n", found), StandardCharsets.UTF_8);
        assertTrue(found.isEmpty(), found.size() + " divergences:\n" + String.join("\n\n", found));
    }

    // ---------------------------------------------------------------------------------------

    private Map<String, String> originals;
    private Random random;
    private LiveHarness h;
    private boolean gentle;
    private int step;

    List<String> walk(Walk w) throws Exception {
        Path root = dir.resolve("walk" + w.seed());
        originals = new TreeMap<>();
        TestSite.parse(SITE).forEach((file, text) -> originals.put(file.substring("content/".length()), text));
        h = new LiveHarness(root, SITE);
        writeAssets();
        random = new Random(w.seed());
        List<String> found = new ArrayList<>();
        int built = 0;
        int failed = 0;
        try {
            LiveHarness.Step first = h.step(List.of());
            if (first.difference() != null) {
                found.add("seed " + w.seed() + " first update: " + first.difference());
            }
            List<fr.terrinclus.Problem> lastProblems = List.of();
            int failedInARow = 0;
            for (step = 0; step < w.steps(); step++) {
                Set<String> changed = new LinkedHashSet<>();
                List<String> ops = new ArrayList<>();
                if (failedInARow >= 6) {
                    ops.add(restoreAll(changed));
                } else if (failedInARow > 0 && random.nextInt(3) > 0) {
                    ops.add(repair(lastProblems, changed));
                }
                int n = (ops.isEmpty() ? 1 : 0) + random.nextInt(w.maxFiles());
                for (int i = 0; i < n; i++) {
                    ops.add(mutate(w, changed));
                }
                if (random.nextInt(10) == 0) {
                    // a file saved unchanged
                    changed.add(entries().get(random.nextInt(entries().size())));
                }
                List<String> list = new ArrayList<>(changed);
                Collections.shuffle(list, random);
                LiveHarness.Step result = h.step(list);
                lastProblems = result.problems();
                if (result.built()) {
                    built++;
                    failedInARow = 0;
                } else {
                    failed++;
                    failedInARow++;
                }
                if (result.difference() != null) {
                    String kind = "";
                    if (result.difference().startsWith("problems differ") && h.lastProblemsSubset) {
                        kind += "[stage mix: one list contains the other] ";
                    }
                    found.add("seed " + w.seed() + " step " + step + " " + kind + "ops " + ops + " changed " + list
                            + "\n" + indent(result.difference()));
                    h.reset();
                    LiveHarness.Step again = h.step(List.of());
                    if (again.difference() != null) {
                        found.add("seed " + w.seed() + " step " + step + " restart: " + again.difference());
                    }
                }
            }
        } finally {
            // crashes of both builds alike are not divergences: noted, not counted
            new LinkedHashSet<>(h.crashes).forEach(c -> System.out.println("seed " + w.seed() + " crash: " + c));
            h.close();
        }
        // a walk that never builds, or never fails, tests nothing of what it is for
        assertTrue(built >= w.steps() / 6 && failed >= w.steps() / 6, "seed " + w.seed() + ": " + built + " built, " + failed + " failed");
        System.out.println("seed " + w.seed() + ": " + built + " built, " + failed + " failed, " + found.size() + " divergences");
        return found;
    }

    /** The files named by {@code problems} as they were at the start, or deleted when they were not there. */
    private String repair(List<fr.terrinclus.Problem> problems, Set<String> changed) throws IOException {
        String prefix = h.content().toString().replace('\\', '/') + "/";
        Set<String> files = new LinkedHashSet<>();
        for (fr.terrinclus.Problem p : problems) {
            if (p.file().startsWith(prefix)) {
                files.add(p.file().substring(prefix.length()));
            }
        }
        if (files.isEmpty()) {
            return restoreAll(changed);
        }
        for (String f : files) {
            restore(f, changed);
        }
        return "repair " + files;
    }

    private void restore(String f, Set<String> changed) {
        if (originals.containsKey(f) && h.exists(f) && Files.isRegularFile(h.content().resolve(f), java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && h.read(f).equals(originals.get(f))) {
            return;
        }
        if (originals.containsKey(f)) {
            put(f, originals.get(f), changed);
        } else if (h.exists(f)) {
            h.delete(f);
            changed.add(f);
        }
        if (f.startsWith("media/")) {
            restoreAssets(changed);
        }
    }

    /** Every file as it was at the start. */
    private String restoreAll(Set<String> changed) throws IOException {
        for (String f : entries()) {
            if (!originals.containsKey(f) && h.exists(f)) {
                h.delete(f);
                changed.add(f);
            }
        }
        try (var walk = Files.walk(h.content())) {
            for (Path p : walk.filter(p -> !Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                String rel = h.content().relativize(p).toString();
                if (!originals.containsKey(rel) && !ASSETS.contains(rel)) {
                    h.delete(rel);
                    changed.add(rel);
                }
            }
        }
        for (Map.Entry<String, String> e : originals.entrySet()) {
            if (!h.exists(e.getKey()) || !Files.isRegularFile(h.content().resolve(e.getKey()), java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    || !h.read(e.getKey()).equals(e.getValue())) {
                put(e.getKey(), e.getValue(), changed);
            }
        }
        restoreAssets(changed);
        return "restore all";
    }

    private static String indent(String s) {
        String[] lines = s.split("\n");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(lines.length, 12); i++) {
            out.append("    ").append(lines[i].length() > 260 ? lines[i].substring(0, 260) + "…" : lines[i]).append('\n');
        }
        if (lines.length > 12) {
            out.append("    … ").append(lines.length - 12).append(" more lines\n");
        }
        return out.toString();
    }

    static boolean isEntryFile(String path) {
        String[] parts = path.split("/");
        return parts.length == 2 && parts[1].endsWith(".md") && !parts[1].startsWith(".")
                && List.of("guides", "projets", "partenaires", "pages").contains(parts[0]);
    }

    private void restoreAssets(Set<String> changed) {
        Map<String, byte[]> assets = assets();
        assets.forEach((rel, bytes) -> {
            try {
                Path p = h.content().resolve(rel);
                if (!Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        || !java.util.Arrays.equals(Files.readAllBytes(p), bytes)) {
                    h.writeBytes(rel, bytes);
                    changed.add(rel);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static Map<String, byte[]> assets() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("media/guide.pdf", "%PDF-1.4 un guide\n".getBytes(StandardCharsets.US_ASCII));
        out.put("media/schema.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1});
        out.put("media/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 2});
        return out;
    }

    private void writeAssets() {
        h.writeBytes("media/guide.pdf", "%PDF-1.4 un guide\n".getBytes(StandardCharsets.US_ASCII));
        h.writeBytes("media/schema.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1});
        h.writeBytes("media/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 2});
    }

    /** The entry files there are or were, and a few that may be created. */
    private List<String> entries() {
        Set<String> all = new LinkedHashSet<>();
        originals.keySet().stream().filter(LiveSiteWalkTest::isEntryFile).forEach(all::add);
        for (String kind : List.of("guides", "projets", "partenaires", "pages")) {
            try (var list = Files.list(h.content().resolve(kind))) {
                list.map(p -> kind + "/" + p.getFileName()).filter(LiveSiteWalkTest::isEntryFile).forEach(all::add);
            } catch (IOException e) {
                // the folder is gone
            }
        }
        return new ArrayList<>(all);
    }

    private List<String> present(String kind) {
        return entries().stream().filter(p -> kind == null || p.startsWith(kind + "/")).filter(h::exists).toList();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private String ids(String kind) {
        return kind.substring(kind.indexOf('/') + 1, kind.length() - 3);
    }

    private String subset(List<String> values, boolean quoted, int min) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (random.nextInt(3) == 0) {
                out.add(quoted ? "\"" + v + "\"" : v);
            }
        }
        while (out.size() < min) {
            String v = pick(values);
            String q = quoted ? "\"" + v + "\"" : v;
            if (!out.contains(q)) {
                out.add(q);
            }
        }
        return "[" + String.join(", ", out) + "]";
    }

    /** Sets front-matter field {@code key} to {@code value} (null removes it), adding it when absent. */
    private static String field(String text, String key, String value) {
        Pattern line = Pattern.compile("(?m)^" + Pattern.quote(key) + ":.*\\n(?:(?: |- ).*\\n)*");
        Matcher m = line.matcher(text);
        if (m.find()) {
            return value == null ? text.substring(0, m.start()) + text.substring(m.end())
                    : text.substring(0, m.start()) + key + ": " + value + "\n" + text.substring(m.end());
        }
        if (value == null || !text.startsWith("---\n")) {
            return text;
        }
        return "---\n" + key + ": " + value + "\n" + text.substring(4);
    }

    private String textOf(String path) {
        return h.exists(path) && Files.isRegularFile(h.content().resolve(path)) ? h.read(path)
                : originals.getOrDefault(path, null);
    }

    private void put(String path, String text, Set<String> changed) {
        h.write(path, text);
        changed.add(path);
    }

    /** One random change; returns its name. */
    private String mutate(Walk w, Set<String> changed) throws IOException {
        int kinds = w.siteFiles() ? 30 : 24;
        int op = random.nextInt(kinds + (w.loadProblems() ? 2 : 0) + (w.hostile() ? 2 : 0));
        gentle = w.gentle();
        if (gentle) {
            int[] safe = {0, 1, 2, 3, 4, 5, 6, 7, 8, 11, 12, 13, 14, 16, 17, 18, 20, 21, 22, 23, 9};
            int[] site = {24, 26, 28};
            op = w.siteFiles() && random.nextInt(6) == 0 ? site[random.nextInt(site.length)] : safe[random.nextInt(safe.length)];
        }
        List<String> all = entries();
        String path = pick(all);
        String text = textOf(path);
        if (text == null) {
            text = "---\ntitre: Nouvelle\nresume: Nouvelle.\ndate_publication: \"2024-04\"\n---\nNouvelle.\n";
        }
        switch (op) {
            case 0, 1 -> {
                put(path, text.replaceFirst("(?m)^(titre|nom): .*$", "$1: " + pick(List.of(WORDS)) + " " + step), changed);
                return "title " + path;
            }
            case 2, 3 -> {
                String date = "\"202" + (3 + random.nextInt(2)) + "-0" + (1 + random.nextInt(9)) + "\"";
                put(path, random.nextInt(4) == 0 ? field(text, "date_mise_a_jour", random.nextBoolean() ? date : null)
                        : field(text, "date_publication", date), changed);
                return "date " + path;
            }
            case 4 -> {
                String p = pick(present("projets").isEmpty() ? all : present("projets"));
                put(p, field(textOf(p), "departements", subset(DEPTS, true, 0)), changed);
                return "departements " + p;
            }
            case 5 -> {
                String p = pick(present("projets").isEmpty() ? all : present("projets"));
                put(p, field(textOf(p), "pays", subset(COUNTRIES, true, 1)), changed);
                return "pays(projet) " + p;
            }
            case 6 -> {
                String p = pick(present("partenaires").isEmpty() ? all : present("partenaires"));
                String t = textOf(p);
                t = random.nextBoolean() ? field(t, "pays", pick(COUNTRIES))
                        : field(t, "code_insee", random.nextInt(3) == 0 ? null : "\"" + pick(DEPTS) + "\"");
                put(p, t, changed);
                return "pays/insee(partenaire) " + p;
            }
            case 7 -> {
                put(path, field(text, "thematiques", random.nextInt(4) == 0 ? null
                        : random.nextInt(8) == 0 && !gentle ? "[inconnue]" : subset(THEME_IDS, false, 1)), changed);
                return "thematiques " + path;
            }
            case 8 -> {
                put(path, field(text, "odd", random.nextInt(3) == 0 ? null : "[" + (1 + random.nextInt(17)) + "]"), changed);
                return "odd " + path;
            }
            case 9, 10 -> {
                put(path, text.contains("brouillon: true") ? text.replace("brouillon: true\n", "")
                        : field(text, "brouillon", "true"), changed);
                return "draft " + path;
            }
            case 11, 12 -> {
                String other = gentle ? pick(present(null)) : pick(all);
                String anchor = random.nextInt(3) == 0 && !gentle ? pick(List.of("#contexte", "#resultats", "#missions", "#principes",
                        "#section-1", "#absente")) : "";
                put(path, text + "\nVoir [l'autre](" + relative(path, other) + anchor + ").\n", changed);
                return "link " + path + " -> " + other + anchor;
            }
            case 13 -> {
                put(path, text.replaceAll("(?m)^Voir \\[l'autre\\].*$", ""), changed);
                return "unlink " + path;
            }
            case 14 -> {
                put(path, text.contains("## Section 1\n") ? text.replace("## Section 1\n", "Section 1\n")
                        : text + "\n## Section 1\n\nTexte.\n", changed);
                return "heading " + path;
            }
            case 15 -> {
                if (h.exists(path)) {
                    h.delete(path);
                    changed.add(path);
                    return "delete " + path;
                }
                put(path, text, changed);
                return "create " + path;
            }
            case 16 -> {
                put(path, originals.getOrDefault(path, text), changed);
                return "restore " + path;
            }
            case 17, 18 -> {
                // a rename: the id changes, and sometimes the references to it follow
                if (!h.exists(path)) {
                    return "rename(none)";
                }
                String folder = path.substring(0, path.indexOf('/'));
                String oldId = ids(path);
                String newId = oldId.endsWith("-2") ? oldId.substring(0, oldId.length() - 2) : oldId + "-2";
                String target = folder + "/" + newId + ".md";
                h.delete(path);
                changed.add(path);
                put(target, text, changed);
                if (gentle || random.nextInt(3) > 0) {
                    for (String other : present(null)) {
                        String t = textOf(other);
                        String u = renameReferences(t, oldId, newId)
                                .replace("/" + oldId + ".md", "/" + newId + ".md").replace("(" + oldId + ".md", "(" + newId + ".md");
                        if (!u.equals(t)) {
                            put(other, u, changed);
                        }
                    }
                }
                return "rename " + path + " -> " + target;
            }
            case 19 -> {
                // moved to another kind, same id
                if (!h.exists(path)) {
                    return "move(none)";
                }
                String folder = pick(List.of("guides", "projets", "partenaires", "pages"));
                String target = folder + path.substring(path.indexOf('/'));
                if (target.equals(path)) {
                    return "move(same)";
                }
                h.delete(path);
                changed.add(path);
                put(target, text, changed);
                return "move " + path + " -> " + target;
            }
            case 20, 21 -> {
                String p = pick(present("projets").isEmpty() ? all : present("projets"));
                String t = textOf(p);
                List<String> partners = new ArrayList<>(present("partenaires").stream().map(this::ids).toList());
                if (!gentle || partners.isEmpty()) {
                    partners.add("inconnu");
                }
                t = switch (random.nextInt(4)) {
                    case 0 -> field(t, "porteur", pick(partners));
                    case 1 -> field(t, "partenaires", random.nextInt(4) == 0 ? null
                            : "[" + pick(partners) + ", {ref: " + pick(partners) + ", role: Appui}]");
                    case 2 -> field(t, "collectivites_partenaires", random.nextInt(4) == 0 ? null
                            : "[{nom: Commune " + step + ", pays: " + pick(COUNTRIES) + "}]");
                    default -> field(t, "changements", random.nextInt(4) == 0 ? null
                            : "{acteurs: [{id: a1, nom: Acteur " + step + ", ref: " + pick(partners) + "}]}");
                };
                put(p, t, changed);
                return "project refs " + p;
            }
            case 22, 23 -> {
                String g = pick(present("guides").isEmpty() ? all : present("guides"));
                String t = textOf(g);
                List<String> partners = new ArrayList<>(present("partenaires").stream().map(this::ids).toList());
                if (!gentle || partners.isEmpty()) {
                    partners.add("inconnu");
                }
                List<String> projects = new ArrayList<>(present("projets").stream().map(this::ids).toList());
                if (projects.isEmpty()) {
                    projects.add("eau");
                }
                t = random.nextBoolean() ? field(t, "editeur", random.nextInt(4) == 0 ? null : pick(partners))
                        : field(t, "projets_lies", random.nextInt(4) == 0 ? null : subset(projects, false, 1));
                put(g, t, changed);
                return "guide refs " + g;
            }
            case 24, 25 -> {
                String s = h.read("site.yaml");
                s = switch (random.nextInt(5)) {
                    case 0 -> field(s, "titre", "Site " + step);
                    case 1 -> field(s, "elements_par_page", Integer.toString(pick(List.of(1, 2, 3, 20))));
                    case 2 -> s.contains("url_base:") ? field(s, "url_base", null) : field(s, "url_base", "https://exemple.fr/site/");
                    case 3 -> s.contains("  - {titre: Contact, lien: contact/}\n") ? s.replace("  - {titre: Contact, lien: contact/}\n", "")
                            : s.replace("menu:\n", "menu:\n  - {titre: Contact, lien: contact/}\n");
                    default -> SITE_YAML;
                };
                if (random.nextInt(3) == 0) {
                    put("pages/contact.md", "---\ntitre: Contact\n---\nNous écrire.\n", changed);
                }
                put("site.yaml", s, changed);
                return "site.yaml";
            }
            case 26, 27 -> {
                String v = h.read("_data/thematiques.yaml");
                v = switch (random.nextInt(4)) {
                    case 0 -> v.replaceFirst("libelle: Eau[^,}]*", "libelle: Eau " + step);
                    case 1 -> v.contains("id: emploi") ? v.replaceFirst("(?m)^.*id: emploi.*\\n", "")
                            : v + "  - {id: emploi, libelle: Emploi, description: L'accès à l'emploi.}\n";
                    case 2 -> v.replace("description: L'accès à l'emploi.", "description: Travail " + step + ".");
                    default -> THEMES;
                };
                put("_data/thematiques.yaml", v, changed);
                return "vocabulary";
            }
            case 28, 29 -> {
                String a = pick(ASSETS);
                if (h.exists(a) && random.nextInt(3) == 0) {
                    h.delete(a);
                    changed.add(a);
                    return "delete asset " + a;
                }
                byte[] bytes = ("contenu " + step + " ".repeat(random.nextInt(3000))).getBytes(StandardCharsets.US_ASCII);
                h.writeBytes(a, bytes);
                changed.add(a);
                return "asset " + a;
            }
            case 30, 31 -> {
                // load problems: broken YAML, no front matter, a bad file name
                switch (random.nextInt(3)) {
                    case 0 -> put(path, text.replaceFirst("(?m)^(titre|nom): ", "$1: ["), changed);
                    case 1 -> put(path, "Plus d'en-tête.\n", changed);
                    default -> {
                        String bad = path.substring(0, path.indexOf('/')) + "/Mauvais_Nom.md";
                        if (h.exists(bad)) {
                            h.delete(bad);
                        } else {
                            h.write(bad, text);
                        }
                        changed.add(bad);
                    }
                }
                return "load problem " + path;
            }
            default -> {
                // hostile: a file replaced by a folder, a symbolic link, a file outside the kinds
                switch (random.nextInt(3)) {
                    case 0 -> {
                        h.delete(path);
                        Files.createDirectories(h.content().resolve(path));
                        changed.add(path);
                        return "folder in place of " + path;
                    }
                    case 1 -> {
                        String other = pick(all);
                        if (other.equals(path) || !h.exists(other)) {
                            return "link(none)";
                        }
                        h.delete(path);
                        Files.createSymbolicLink(h.content().resolve(path),
                                h.content().resolve(path).getParent().relativize(h.content().resolve(other)));
                        changed.add(path);
                        return "symlink " + path + " -> " + other;
                    }
                    default -> {
                        h.delete(path);
                        changed.add(path);
                        return "delete(hostile) " + path;
                    }
                }
            }
        }
    }

    /** {@code text} with the references to {@code oldId} in porteur, partenaires, ref, editeur and projets_lies renamed. */
    static String renameReferences(String text, String oldId, String newId) {
        StringBuilder out = new StringBuilder();
        Pattern id = Pattern.compile("(?<![-a-z0-9])" + Pattern.quote(oldId) + "(?![-a-z0-9.])");
        for (String line : text.split("\n", -1)) {
            boolean ref = line.matches("^(porteur|partenaires|editeur|projets_lies):.*") || line.contains("ref: ");
            out.append(ref ? id.matcher(line).replaceAll(newId) : line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static String relative(String from, String to) {
        String fromFolder = from.substring(0, from.indexOf('/'));
        String toFolder = to.substring(0, to.indexOf('/'));
        return fromFolder.equals(toFolder) ? to.substring(to.indexOf('/') + 1) : "../" + to;
    }

}
