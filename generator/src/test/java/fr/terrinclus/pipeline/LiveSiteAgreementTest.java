package fr.terrinclus.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes of every kind on the walk's site (pagination of 1, a base URL, partners in
 * departments, authorities, actors…): after each update the live site equals a clean build.
 */
class LiveSiteAgreementTest {
    @TempDir
    Path dir;
    LiveHarness h;

    @BeforeEach
    void build() {
        h = new LiveHarness(dir, LiveSiteWalkTest.SITE.replace("elements_par_page: 2", "elements_par_page: 1"));
        h.writeBytes("media/guide.pdf", "%PDF-1.4 un guide\n".getBytes());
        h.writeBytes("media/schema.png", new byte[] {1});
        h.writeBytes("media/logo.png", new byte[] {2});
        h.agrees(h.step(List.of()));
    }

    @AfterEach
    void close() {
        h.close();
    }

    @Test
    void datesMoveEntriesBetweenListingPages() {
        h.edit("projets/sante.md", "date_publication: \"2023-11\"", "date_publication: \"2024-12\"");
        h.agrees(h.step("projets/sante.md"));
        h.edit("projets/eau.md", "date_publication: \"2024-05\"", "date_publication: \"2022-01\"\ndate_mise_a_jour: \"2025-01\"");
        h.agrees(h.step("projets/eau.md"));
        h.delete("projets/emploi.md");
        h.agrees(h.step("projets/emploi.md"));
        h.write("projets/nouveau.md", h.read("projets/sante.md").replace("Santé partagée", "Nouveau"));
        h.write("projets/autre.md", h.read("projets/sante.md").replace("Santé partagée", "Autre"));
        h.agrees(h.step("projets/nouveau.md", "projets/autre.md"));
        h.edit("projets/nouveau.md", "titre: Nouveau", "titre: Nouveau\nbrouillon: true");
        h.agrees(h.step("projets/nouveau.md"));
    }

    @Test
    void pageSizeChanges() {
        for (String size : List.of("3", "20", "1", "2")) {
            String s = h.read("site.yaml").replaceFirst("elements_par_page: \\d+", "elements_par_page: " + size);
            h.write("site.yaml", s);
            h.agrees(h.step("site.yaml"));
            h.edit("guides/outils.md", "date_publication: \"2023-05\"", "date_publication: \"2025-0" + size.charAt(0) + "\"");
            h.agrees(h.step("guides/outils.md"));
            h.write("guides/outils.md", h.read("guides/outils.md").replaceFirst("date_publication: \"[^\"]*\"",
                    "date_publication: \"2023-05\""));
            h.agrees(h.step("guides/outils.md"));
        }
    }

    @Test
    void partnerCountryAndDepartmentChanges() {
        h.edit("partenaires/cd76.md", "code_insee: \"76\"", "code_insee: \"69\"");
        h.agrees(h.step("partenaires/cd76.md"));
        h.edit("partenaires/gret.md", "pays: SN", "pays: ML");
        h.agrees(h.step("partenaires/gret.md"));
        h.edit("partenaires/cd33.md", "code_insee: \"33\"\n", "");
        h.agrees(h.step("partenaires/cd33.md"));
        h.edit("projets/sante.md", "pays: ML}", "pays: TG}");
        h.agrees(h.step("projets/sante.md"));
        h.edit("projets/eau.md", "collectivites_partenaires: [{nom: Commune de Thiès, pays: SN}]",
                "collectivites_partenaires: [{nom: Commune de Thiès, pays: CI}, {nom: Ville, pays: SN}]");
        h.agrees(h.step("projets/eau.md"));
    }

    @Test
    void partnerRenamedShowsInProjectsAndGuidesThatLookItUp() {
        h.edit("partenaires/gret.md", "nom: Gret", "nom: Groupe de recherche");
        h.agrees(h.step("partenaires/gret.md"));
        h.edit("partenaires/cd76.md", "nom: Département de la Seine-Maritime", "nom: Seine-Maritime");
        h.agrees(h.step("partenaires/cd76.md"));
        h.edit("partenaires/adf.md", "sigle: ADF", "sigle: A.D.F.");
        h.agrees(h.step("partenaires/adf.md"));
    }

    @Test
    void partnerFileRenamedWithItsReferences() {
        h.delete("partenaires/gret.md");
        h.write("partenaires/gret-ong.md", LiveSiteWalkTest.SITE.substring(0, 0) + TestSite.parse(LiveSiteWalkTest.SITE)
                .get("content/partenaires/gret.md"));
        List<String> changed = new ArrayList<>(List.of("partenaires/gret.md", "partenaires/gret-ong.md"));
        for (String f : List.of("projets/eau.md", "projets/ecoles.md", "guides/suivi.md")) {
            String t = h.read(f);
            h.write(f, LiveSiteWalkTest.renameReferences(t, "gret", "gret-ong").replace("partenaires/gret.md", "partenaires/gret-ong.md"));
            changed.add(f);
        }
        h.agrees(h.step(changed));
    }

    @Test
    void holderAndPublisherChanges() {
        h.edit("projets/eau.md", "porteur: adf", "porteur: ong-bf");
        h.agrees(h.step("projets/eau.md"));
        h.edit("guides/suivi.md", "editeur: gret", "editeur: cd33");
        h.agrees(h.step("guides/suivi.md"));
        h.edit("guides/outils.md", "date_publication: \"2023-05\"", "date_publication: \"2023-05\"\nediteur: cd76\nprojets_lies: [emploi]");
        h.agrees(h.step("guides/outils.md"));
        h.edit("projets/eau.md", "partenaires: [gret, {ref: cd76, role: Cofinanceur}]", "partenaires: [{ref: cd33, role: Appui}]");
        h.edit("projets/eau.md", "ref: gret}", "ref: adf}");
        h.agrees(h.step("projets/eau.md"));
    }

    @Test
    void draftsTogetherWithTheReferencesToThem() {
        // the project becomes a draft, and the guides that name it stop naming it, in one update
        h.edit("projets/ecoles.md", "titre: Écoles inclusives", "titre: Écoles inclusives\nbrouillon: true");
        h.edit("guides/suivi.md", "projets_lies: [eau, ecoles]", "projets_lies: [eau]");
        h.edit("pages/a-propos.md", "[les écoles](../projets/ecoles.md)", "les écoles");
        h.agrees(h.step("projets/ecoles.md", "guides/suivi.md", "pages/a-propos.md"));
        h.edit("projets/ecoles.md", "\nbrouillon: true", "");
        h.edit("pages/a-propos.md", "les écoles", "[les écoles](../projets/ecoles.md)");
        h.agrees(h.step("projets/ecoles.md", "pages/a-propos.md"));
        // a partner becomes a draft: the projects that name it fail, then are fixed
        h.edit("partenaires/ong-bf.md", "nom: Association burkinabè", "nom: Association burkinabè\nbrouillon: true");
        h.agrees(h.step("partenaires/ong-bf.md"));
        h.edit("projets/ecoles.md", "partenaires: [ong-bf]\n", "");
        h.agrees(h.step("projets/ecoles.md"));
    }

    @Test
    void anchorsAddedAndRemoved() {
        h.edit("projets/eau.md", "## Résultats", "## Bilan");
        h.agrees(h.step("projets/eau.md"));
        h.edit("pages/mentions-legales.md", "Mentions.", "Voir [le bilan](../projets/eau.md#bilan).");
        h.agrees(h.step("pages/mentions-legales.md"));
        h.edit("projets/eau.md", "## Bilan", "## Résultats");
        h.agrees(h.step("projets/eau.md")); // fails: #bilan is gone
        h.edit("projets/eau.md", "## Résultats", "## Bilan");
        h.agrees(h.step("projets/eau.md"));
        h.edit("guides/suivi.md", "## Principes", "## Règles");
        h.agrees(h.step("guides/suivi.md")); // fails: outils links to #principes
        h.edit("guides/outils.md", "suivi.md#principes", "suivi.md#regles");
        h.agrees(h.step("guides/outils.md"));
    }

    @Test
    void entriesComeAndGoWithLinksToThem() {
        h.edit("pages/mentions-legales.md", "Mentions.", "Voir [le nouveau](../guides/nouveau.md).");
        h.agrees(h.step("pages/mentions-legales.md"));
        h.write("guides/nouveau.md", "---\ntitre: Nouveau\nresume: Nouveau.\ndate_publication: \"2024-09\"\n---\n## Partie\n");
        h.agrees(h.step("guides/nouveau.md"));
        h.delete("guides/nouveau.md");
        h.agrees(h.step("guides/nouveau.md"));
        h.write("guides/nouveau.md", "---\ntitre: Nouveau\nresume: Nouveau.\ndate_publication: \"2024-09\"\nbrouillon: true\n---\n");
        h.agrees(h.step("guides/nouveau.md"));
        h.edit("guides/nouveau.md", "brouillon: true\n", "");
        h.agrees(h.step("guides/nouveau.md"));
    }

    @Test
    void entryMovedBetweenKindsWithLinksFollowing() {
        // outils is a valid plain page as well as a guide
        h.delete("guides/outils.md");
        h.write("pages/outils.md", TestSite.parse(LiveSiteWalkTest.SITE).get("content/guides/outils.md")
                .replace("(suivi.md#principes)", "(../guides/suivi.md#principes)"));
        h.agrees(h.step("guides/outils.md", "pages/outils.md"));
        h.edit("guides/suivi.md", "Suivre.", "Suivre, voir [les outils](../pages/outils.md).");
        h.agrees(h.step("guides/suivi.md"));
        h.delete("pages/outils.md");
        h.write("guides/outils.md", TestSite.parse(LiveSiteWalkTest.SITE).get("content/guides/outils.md"));
        h.edit("guides/suivi.md", "(../pages/outils.md)", "(outils.md)");
        h.agrees(h.step("pages/outils.md", "guides/outils.md", "guides/suivi.md"));
    }

    @Test
    void assetsChangeAddedAndRemoved() {
        h.writeBytes("media/guide.pdf", new byte[5000]);
        h.agrees(h.step("media/guide.pdf"));
        h.delete("media/schema.png");
        h.agrees(h.step("media/schema.png")); // fails: the guide shows it
        h.writeBytes("media/schema.png", new byte[] {3, 4});
        h.agrees(h.step("media/schema.png"));
        h.writeBytes("media/nouveau.png", new byte[] {5});
        h.edit("pages/a-propos.md", "Une page", "![Nouveau](../media/nouveau.png) Une page");
        h.agrees(h.step("media/nouveau.png", "pages/a-propos.md"));
        h.delete("media/nouveau.png");
        h.edit("pages/a-propos.md", "![Nouveau](../media/nouveau.png) ", "");
        h.agrees(h.step("media/nouveau.png", "pages/a-propos.md"));
    }

    @Test
    void vocabularyChanges() {
        h.edit("_data/thematiques.yaml", "libelle: Eau}", "libelle: L'eau}");
        h.agrees(h.step("_data/thematiques.yaml"));
        h.edit("_data/thematiques.yaml", "description: L'accès à l'emploi.", "description: Travailler.");
        h.agrees(h.step("_data/thematiques.yaml"));
        h.write("_data/thematiques.yaml", LiveSiteWalkTest.THEMES + "  - {id: sante, libelle: Santé}\n");
        h.edit("projets/sante.md", "thematiques: [inclusion-sociale]", "thematiques: [sante]");
        h.agrees(h.step("_data/thematiques.yaml", "projets/sante.md"));
    }

    @Test
    void siteYamlChanges() {
        h.edit("site.yaml", "url_base: https://exemple.fr/site/\n", "");
        h.agrees(h.step("site.yaml"));
        h.edit("site.yaml", "titre: Site de test", "titre: Autre titre\nurl_base: https://autre.example/");
        h.agrees(h.step("site.yaml"));
        h.edit("site.yaml", "  - {titre: Mentions, lien: mentions-legales/}", "  - {titre: Mentions, lien: mentions-legales/}\n  - {titre: Outils, lien: guides/outils/}");
        h.agrees(h.step("site.yaml"));
        h.delete("guides/outils.md");
        h.edit("guides/suivi.md", "Suivre.", "Suivre.");
        h.agrees(h.step("guides/outils.md")); // fails: the footer links to it
        h.write("guides/outils.md", TestSite.parse(LiveSiteWalkTest.SITE).get("content/guides/outils.md"));
        h.agrees(h.step("guides/outils.md"));
    }

    @Test
    void hostilePathsThatHeld() throws Exception {
        for (String path : List.of("../x.md", "/etc/passwd", "guides/../projets/eau.md", "guides//methode.md", "./guides/methode.md",
                "guides/.cache.md", "guides/Methode.md", "inconnu/x.md", "guides", "", "guides/methode.md.bak", "guides\\methode.md")) {
            h.agrees(h.step(path));
        }
        // a file replaced by an empty folder, then by the file again
        h.delete("guides/outils.md");
        Files.createDirectories(h.content().resolve("guides/outils.md"));
        h.agrees(h.step("guides/outils.md"));
        h.delete("guides/outils.md");
        h.write("guides/outils.md", TestSite.parse(LiveSiteWalkTest.SITE).get("content/guides/outils.md"));
        h.agrees(h.step("guides/outils.md"));
        // a link to a folder in place of an entry
        h.delete("pages/mentions-legales.md");
        Files.createSymbolicLink(h.content().resolve("pages/mentions-legales.md"), Path.of("../media"));
        h.agrees(h.step("pages/mentions-legales.md"));
        h.delete("pages/mentions-legales.md");
        h.write("pages/mentions-legales.md", "---\ntitre: Mentions légales\n---\nMentions.\n");
        h.agrees(h.step("pages/mentions-legales.md"));
        // a huge list of paths, most of them of files that do not exist
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 20000; i++) {
            many.add("guides/g" + i + ".md");
        }
        many.add("projets/eau.md");
        h.edit("projets/eau.md", "Des résultats.", "D'autres résultats.");
        long start = System.nanoTime();
        h.agrees(h.step(many));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertTrue(ms < 60_000, ms + " ms");
        System.out.println("20001 paths: " + ms + " ms");
    }
}
