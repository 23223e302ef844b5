package fr.terrinclus.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.terrinclus.BuildFailure;
import fr.terrinclus.Problem;
import fr.terrinclus.write.OutputFile;
import fr.terrinclus.write.OutputFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live site rebuilds what a change touches — the dependency graph of pages — and after every
 * change its files are those of a clean build, byte for byte.
 */
class LiveSiteTest {
    /** Two projects, two partners, a guide about one project and a page linking to the other. */
    static final String SITE = ProjectFixture.PARTNER + """
            -- content/partenaires/gret.md --
            ---
            nom: Gret
            resume: ONG de développement.
            categorie: association
            pays: SN
            ---
            Le Gret.
            -- content/projets/eau.md --
            ---
            titre: Eau et inclusion
            resume: Un projet d'eau.
            date_publication: "2024-05"
            porteur: adf
            statut: en_cours
            pays: ["SN"]
            departements: ["76"]
            partenaires: [gret]
            thematiques: [eau]
            ---
            ## Contexte

            Corps du projet eau.
            -- content/projets/ecoles.md --
            ---
            titre: Écoles inclusives
            resume: Un projet d'écoles.
            date_publication: "2024-03"
            porteur: gret
            statut: cloture
            pays: ["BF"]
            departements: ["33"]
            odd: [4]
            ---
            Corps du projet écoles.
            -- content/guides/methode.md --
            ---
            titre: Méthode de coopération
            resume: Un guide.
            date_publication: "2024-06"
            editeur: adf
            projets_lies: [eau]
            thematiques: [inclusion-sociale]
            ---
            Voir [le contexte](../projets/eau.md#contexte) et [l'ADF](../partenaires/adf.md).
            -- content/pages/a-propos.md --
            ---
            titre: À propos
            ---
            Une page sur [les écoles](../projets/ecoles.md).
            """;

    @TempDir
    Path dir;
    private TestSite site;
    private LiveSite live;
    private final SortedMap<String, byte[]> files = new TreeMap<>();

    @BeforeEach
    void build() throws Exception {
        site = TestSite.write(dir.resolve("src"), SITE);
        live = new LiveSite(site.options());
        LiveSite.Update first = live.update(List.of());
        apply(first);
        assertTrue(first.removed().isEmpty());
        assertSameAsCleanBuild();
    }

    @AfterEach
    void close() {
        live.close();
    }

    @Test
    void aChangeOfTheBodyOnlyRewritesThePageAndTheSearchIndex() throws Exception {
        edit("projets/ecoles.md", "Corps du projet écoles.", "Corps du projet des écoles, réécrit.");
        LiveSite.Update update = change("projets/ecoles.md");
        assertEquals(Set.of("projets/ecoles/index.html"), pages(update));
        assertTrue(update.written().keySet().stream().anyMatch(f -> f.startsWith(SiteBuilder.SEARCH_DATA)));
        assertTrue(update.removed().isEmpty());
    }

    @Test
    void aFileSavedUnchangedRewritesNothing() throws Exception {
        LiveSite.Update update = change("projets/ecoles.md");
        assertEquals(Map.of(), update.written());
    }

    @Test
    void aNewTitleShowsWhereverTheEntryIsListed() throws Exception {
        edit("projets/eau.md", "titre: Eau et inclusion", "titre: Eau potable et inclusion");
        Set<String> pages = pages(change("projets/eau.md"));
        // its page, its listing, the home page's latest, its territories and theme, the guide about it,
        // its holder's and its partner's profiles, the site map
        assertTrue(pages.containsAll(Set.of("projets/eau/index.html", "projets/index.html", "index.html",
                "departements/76/index.html", "pays/sn/index.html", "thematiques/eau/index.html",
                "guides/methode/index.html", "partenaires/adf/index.html", "partenaires/gret/index.html",
                "plan-du-site/index.html")), pages.toString());
        assertFalse(pages.contains("projets/ecoles/index.html"), "a page that does not show it is left alone");
        assertFalse(pages.contains("departements/33/index.html"));
    }

    @Test
    void aPartnerRenamedChangesThePagesOfTheProjectsThatNameIt() throws Exception {
        edit("partenaires/gret.md", "nom: Gret", "nom: Groupe de recherche et d'échanges technologiques");
        Set<String> pages = pages(change("partenaires/gret.md"));
        // the project pages name their holder and partners through look-ups, not through their models
        assertTrue(pages.containsAll(Set.of("partenaires/gret/index.html", "projets/eau/index.html",
                "projets/ecoles/index.html", "partenaires/index.html", "pays/sn/index.html")), pages.toString());
        assertFalse(pages.contains("guides/methode/index.html"));
    }

    @Test
    void aProjectMovedToAnotherDepartmentLeavesTheOldOneAndJoinsTheNew() throws Exception {
        edit("projets/ecoles.md", "departements: [\"33\"]", "departements: [\"69\"]");
        LiveSite.Update update = change("projets/ecoles.md");
        assertTrue(update.removed().contains("departements/33/index.html"), update.removed().toString());
        assertTrue(update.written().containsKey("departements/69/index.html"));
        assertTrue(update.written().containsKey("departements/index.html"));
    }

    @Test
    void anEntryAddedOrRemovedFixesOrBreaksTheLinksToIt() throws Exception {
        Files.writeString(site.content().resolve("guides/suite.md"), """
                ---
                titre: Suite
                resume: Un autre guide.
                date_publication: "2024-07"
                ---
                Voir [la méthode](methode.md).
                """);
        LiveSite.Update added = change("guides/suite.md");
        assertTrue(added.written().containsKey("guides/suite/index.html"));
        assertTrue(added.written().containsKey("guides/index.html"));

        Files.delete(site.content().resolve("guides/suite.md"));
        LiveSite.Update removed = change("guides/suite.md");
        assertTrue(removed.removed().contains("guides/suite/index.html"));

        // removing a page that another links to is a problem, and the site stays as it was
        Files.delete(site.content().resolve("projets/ecoles.md"));
        BuildFailure failure = assertThrows(BuildFailure.class, () -> live.update(List.of("projets/ecoles.md")));
        assertTrue(failure.problems().stream().anyMatch(p -> p.file().endsWith("pages/a-propos.md")
                && p.message().contains("page introuvable")), failure.problems().toString());
        Files.writeString(site.content().resolve("projets/ecoles.md"), TestSite.parse(SITE).get("content/projets/ecoles.md"));
        assertTrue(change("projets/ecoles.md").written().isEmpty(), "the site is back as it was");
    }

    @Test
    void aBrokenFileKeepsTheLastGoodSiteUntilItIsFixed() throws Exception {
        edit("projets/eau.md", "statut: en_cours", "statut: inconnu");
        BuildFailure failure = assertThrows(BuildFailure.class, () -> live.update(List.of("projets/eau.md")));
        assertTrue(failure.problems().stream().anyMatch(p -> p.file().endsWith("projets/eau.md")), failure.problems().toString());
        edit("projets/ecoles.md", "Corps du projet écoles.", "Corps modifié pendant la panne.");
        assertThrows(BuildFailure.class, () -> live.update(List.of("projets/ecoles.md")));
        edit("projets/eau.md", "statut: inconnu", "statut: finalisation");
        LiveSite.Update fixed = change("projets/eau.md");
        // what changed while the site was broken is in the update that repairs it
        assertTrue(fixed.written().containsKey("projets/ecoles/index.html"));
        assertTrue(fixed.written().containsKey("projets/eau/index.html"));
    }

    @Test
    void anAnchorRemovedFromAPageIsReportedInThePagesThatLinkToIt() throws Exception {
        edit("projets/eau.md", "## Contexte", "## Histoire");
        BuildFailure failure = assertThrows(BuildFailure.class, () -> live.update(List.of("projets/eau.md")));
        assertTrue(failure.problems().stream().anyMatch(p -> p.file().endsWith("guides/methode.md")
                && p.message().contains("#contexte")), failure.problems().toString());
    }

    @Test
    void aDraftLeavesTheSiteAndADraftPublishedComesBack() throws Exception {
        edit("pages/a-propos.md", "titre: À propos", "titre: À propos\nbrouillon: true");
        LiveSite.Update hidden = change("pages/a-propos.md");
        assertTrue(hidden.removed().contains("a-propos/index.html"), hidden.removed().toString());
        edit("pages/a-propos.md", "brouillon: true", "brouillon: false");
        assertTrue(change("pages/a-propos.md").written().containsKey("a-propos/index.html"));
    }

    @Test
    void aChangeOfTheSiteSettingsRebuildsEverythingAndWritesWhatDiffers() throws Exception {
        edit("site.yaml", "titre: Site de test", "titre: Site renommé");
        LiveSite.Update update = change("site.yaml");
        assertTrue(pages(update).containsAll(Set.of("index.html", "projets/eau/index.html", "404.html")));
        assertFalse(update.written().containsKey(SiteBuilder.SEARCH_ENGINE), "the same bytes are not written again");
    }

    @Test
    void aSymbolicLinkOutOfTheContentIsNotRead() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.md"), "---\ntitre: Secret\n---\nmot de passe\n");
        Files.createSymbolicLink(site.content().resolve("pages/secret.md"), secret);
        BuildFailure failure = assertThrows(BuildFailure.class, () -> live.update(List.of("pages/secret.md")));
        assertTrue(failure.problems().stream().anyMatch(p -> p.message().contains("lien symbolique")), failure.problems().toString());
        Files.delete(site.content().resolve("pages/secret.md"));
        assertEquals(Map.of(), change("pages/secret.md").written());
    }

    /**
     * A seeded walk of ordinary edits (titles, dates, departments, themes, drafts, links added
     * and removed, files deleted and restored): after each one the live site and a clean build
     * agree, on the files or on the problems.
     */
    @Test
    void randomChangesGiveWhatACleanBuildGives() throws Exception {
        Map<String, String> originals = new TreeMap<>();
        TestSite.parse(SITE).forEach((file, text) -> originals.put(file.substring("content/".length()), text));
        List<String> entries = List.copyOf(originals.keySet());
        Random random = new Random(20261202);
        int built = 0;
        int failed = 0;
        for (int step = 0; step < 40; step++) {
            String path = entries.get(random.nextInt(entries.size()));
            Path file = site.content().resolve(path);
            String text = Files.exists(file) ? Files.readString(file) : originals.get(path);
            String other = entries.get(random.nextInt(entries.size()));
            String edited = switch (random.nextInt(8)) {
                case 0 -> text.replaceFirst("(?m)^(titre|nom): (.*)$", "$1: $2 " + step);
                case 1 -> text.replaceFirst("(?m)^date_publication: .*$", "date_publication: \"2024-0" + (1 + random.nextInt(9)) + "\"");
                case 2 -> text.replaceFirst("(?m)^departements: .*$", "departements: [\"" + List.of("76", "33", "69", "13").get(random.nextInt(4)) + "\"]");
                case 3 -> text.replaceFirst("(?m)^thematiques: .*$", "thematiques: [" + List.of("eau", "inclusion-sociale").get(random.nextInt(2)) + "]");
                case 4 -> text.contains("brouillon: true") ? text.replace("brouillon: true\n", "")
                        : text.replaceFirst("\n---\n", "\nbrouillon: true\n---\n");
                case 5 -> text + "\nVoir [l'autre](../" + other + ").\n";
                case 6 -> text.replaceAll("(?m)^Voir \\[l'autre\\].*$", "");
                default -> null;
            };
            if (edited == null && Files.exists(file)) {
                Files.delete(file);
            } else {
                Files.writeString(file, edited == null ? originals.get(path) : edited);
            }
            Path clean = dir.resolve("clean");
            List<Problem> expected = List.of();
            try {
                new SiteBuilder().build(new BuildOptions(site.content(), TestSite.THEME, clean, null, false, true));
            } catch (BuildFailure e) {
                expected = e.problems();
            }
            try {
                apply(live.update(List.of(path)));
                assertEquals(List.of(), expected, "step " + step + ": the clean build failed, the live site did not");
                assertSameAsCleanBuild();
                built++;
            } catch (BuildFailure e) {
                assertEquals(expected, e.problems(), "step " + step);
                failed++;
            }
        }
        // the walk must go through good and broken states alike, or it tests one path only
        assertTrue(built >= 10 && failed >= 5, built + " built, " + failed + " failed");
    }

    private void edit(String path, String from, String to) throws IOException {
        Path file = site.content().resolve(path);
        String text = Files.readString(file);
        Files.writeString(file, text.replace(from, to));
    }

    /** Updates the live site after a change of {@code path}, and checks it against a clean build. */
    private LiveSite.Update change(String path) throws Exception {
        LiveSite.Update update = live.update(List.of(path));
        apply(update);
        assertSameAsCleanBuild();
        return update;
    }

    private static Set<String> pages(LiveSite.Update update) {
        return update.written().keySet().stream().filter(f -> f.endsWith(".html")).collect(Collectors.toSet());
    }

    private void apply(LiveSite.Update update) throws IOException {
        for (OutputFile file : update.written().values()) {
            files.put(file.path(), file.copyOf() == null ? file.bytes() : Files.readAllBytes(file.copyOf()));
        }
        update.removed().forEach(files::remove);
    }

    private void assertSameAsCleanBuild() throws Exception {
        Path clean = dir.resolve("clean");
        new SiteBuilder().build(new BuildOptions(site.content(), TestSite.THEME, clean, null, false, true));
        List<String> expected = TestSite.files(clean).stream().filter(f -> !f.equals(OutputFolder.MARKER)).toList();
        assertEquals(expected, List.copyOf(files.keySet()));
        for (String file : expected) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(file)), files.get(file), file);
        }
        assertEquals(expected.size(), files.size());
        assertFalse(new String(files.get("index.html"), StandardCharsets.UTF_8).isEmpty());
    }
}
