package fr.terrinclus.pipeline;

import static fr.terrinclus.pipeline.ProjectFixture.PARTNER;
import static fr.terrinclus.pipeline.ProjectFixture.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per validation rule: the exact French message at the exact place. */
class ValidationTest {
    @TempDir
    Path dir;

    private TestSite projectWith(String fields) {
        return TestSite.write(dir, PARTNER + project("eau", fields));
    }

    @Test
    void missingRequiredFieldIsNamed() {
        projectWith("""
                titre: Eau
                resume: Un projet.
                date_publication: "2024-05"
                porteur: adf
                pays: ["SN"]
                departements: ["76"]
                """).assertProblems("content/projets/eau.md:2:1: champ obligatoire « statut » manquant");
    }

    @Test
    void unknownKeySuggestsTheClosestOne() {
        projectWith(ProjectFixture.VALID_FIELDS + "budjet: {montant: 1, devise: EUR}\n")
                .assertProblems("content/projets/eau.md:9:1: champ inconnu « budjet » ; vouliez-vous dire « budget » ?");
    }

    @Test
    void valueOutsideEnumSuggestsTheClosestValue() {
        projectWith(ProjectFixture.VALID_FIELDS.replace("statut: en_cours", "statut: encours"))
                .assertProblems("content/projets/eau.md:6:9: « statut » : valeur « encours » inconnue ; vouliez-vous dire "
                        + "« en_cours » ? ; valeurs possibles : identification, en_cours, finalisation, cloture, annule, suspendu");
    }

    @Test
    void wrongTypeSaysWhatWasExpected() {
        projectWith(ProjectFixture.VALID_FIELDS.replace("pays: [\"SN\"]", "pays: SN"))
                .assertProblems("content/projets/eau.md:7:7: « pays » : une liste attendu, le texte « SN » trouvé");
    }

    @Test
    void unknownPartnerIsReported() {
        projectWith(ProjectFixture.VALID_FIELDS.replace("porteur: adf", "porteur: afd"))
                .assertProblems("content/projets/eau.md:5:10: « porteur » : partenaire « afd » inconnu ; vouliez-vous dire « adf » ?");
    }

    @Test
    void unknownDepartmentIsReported() {
        projectWith(ProjectFixture.VALID_FIELDS.replace("[\"76\"]", "[\"76\", \"20\"]"))
                .assertProblems("content/projets/eau.md:8:22: « departements[2] » : « 20 » n'est pas le code INSEE "
                        + "d'un des 101 départements ; vouliez-vous dire « 02 » ?");
    }

    @Test
    void unknownCountryIsReported() {
        projectWith(ProjectFixture.VALID_FIELDS.replace("[\"SN\"]", "[\"XZ\"]"))
                .assertProblems("content/projets/eau.md:7:8: « pays[1] » : code pays « XZ » inconnu ; vouliez-vous dire "
                        + "« AZ » ? ; utilisez le code ISO 3166 à deux lettres, par exemple \"SN\" pour le Sénégal");
    }

    @Test
    void unknownSdgIsReported() {
        projectWith(ProjectFixture.VALID_FIELDS + "odd: [6, 18]\n")
                .assertProblems("content/projets/eau.md:9:10: « odd[2] » : 18 est supérieur au maximum 17");
    }

    @Test
    void unknownThemeSuggestsTheClosestOne() {
        projectWith(ProjectFixture.VALID_FIELDS + "thematiques: [inclusion-socale]\n")
                .assertProblems("content/projets/eau.md:9:15: thématique « inclusion-socale » absente du vocabulaire "
                        + "(_data/thematiques.yaml) ; vouliez-vous dire « inclusion-sociale » ?");
    }

    @Test
    void impossibleDateIsReported() {
        projectWith(ProjectFixture.VALID_FIELDS + "dates: {debut: \"2023-02-30\"}\n")
                .assertProblems("content/projets/eau.md:9:16: « dates.debut » : la date « 2023-02-30 » n'existe pas ; "
                        + "format attendu \"AAAA\", \"AAAA-MM\" ou \"AAAA-MM-JJ\"");
    }

    @Test
    void endBeforeStartIsReported() {
        projectWith(ProjectFixture.VALID_FIELDS + "dates: {debut: \"2024\", fin: \"2023-12\"}\n")
                .assertProblems("content/projets/eau.md:9:29: « dates.fin » (2023-12) précède « dates.debut » (2024)");
    }

    @Test
    void malformedYamlPointsAtTheLine() {
        projectWith(ProjectFixture.VALID_FIELDS.replace("resume: Un projet.", "resume: Un projet : l'eau: la vie"))
                .assertProblems("content/projets/eau.md:3:19: YAML invalide : « : » inattendu ; si la valeur contient "
                        + "« : », mettez-la entre guillemets");
    }

    @Test
    void duplicateKeyIsReported() {
        projectWith(ProjectFixture.VALID_FIELDS + "titre: Autre titre\n")
                .assertProblems("content/projets/eau.md:9:1: champ « titre » en double (déjà défini ligne 2)");
    }

    @Test
    void missingFrontMatterIsReported() {
        TestSite.write(dir, "-- content/guides/sans-entete.md --\n# Titre\n")
                .assertProblems("content/guides/sans-entete.md:1:1: en-tête YAML manquant : le fichier doit commencer "
                        + "par une ligne « --- », suivie des champs, puis d'une autre ligne « --- »");
    }

    @Test
    void unclosedFrontMatterIsReported() {
        TestSite.write(dir, "-- content/guides/ouvert.md --\n---\ntitre: X\n")
                .assertProblems("content/guides/ouvert.md:1:1: en-tête YAML non refermé : ajoutez une ligne « --- » après les champs");
    }

    @Test
    void emptyFileIsReported() {
        TestSite.write(dir, "-- content/guides/vide.md --\n")
                .assertProblems("content/guides/vide.md:1:1: fichier vide : il faut au moins un en-tête YAML entre deux lignes « --- »");
    }

    @Test
    void invalidFileNameSuggestsAnIdentifier() {
        TestSite.write(dir, "-- content/guides/Guide Été.md --\n---\ntitre: X\n---\n")
                .assertProblems("content/guides/Guide Été.md:1:1: nom de fichier « Guide Été.md » invalide : utilisez des "
                        + "minuscules sans accent, des chiffres et des tirets, par exemple « guide-ete.md »");
    }

    @Test
    void nonUtf8FileIsReportedAtTheBadByte() throws IOException {
        TestSite site = TestSite.write(dir, "");
        Path file = site.content().resolve("pages/latin1.md");
        Files.write(file, "---\ntitre: Caf\u00e9\n---\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        site.assertProblems("content/pages/latin1.md:2:11: le fichier n'est pas encodé en UTF-8 ; enregistrez-le en UTF-8 dans votre éditeur");
    }

    @Test
    void unquotedNorwayAndLeadingZeroKeepTheirMeaning() {
        TestSite site = TestSite.write(dir, PARTNER + project("nord", ProjectFixture.VALID_FIELDS
                .replace("[\"SN\"]", "[NO]").replace("[\"76\"]", "[01, 76]")
                .replace("\"2024-05\"", "2024-05-02"))).build();
        String facts = site.page("projets/nord/index.html").select(".identity").text();
        assertTrue(facts.contains("Norvège"), facts);
        assertTrue(facts.contains("Ain (01)") && facts.contains("Seine-Maritime (76)"), facts);
        assertEquals("2 mai 2024", site.page("projets/nord/index.html").select(".dates time").text());
    }

    @Test
    void bomAndCrlfAreAccepted() throws IOException {
        TestSite site = TestSite.write(dir, "");
        Files.writeString(site.content().resolve("pages/windows.md"), "\uFEFF---\r\ntitre: Fenêtre\r\n---\r\nTexte.\r\n");
        site.build();
        assertEquals("Fenêtre", site.page("windows/index.html").select("h1").text());
    }

    @Test
    void brokenMarkdownLinkAndAnchorArePlaced() {
        TestSite.write(dir, """
                -- content/pages/a.md --
                ---
                titre: A
                ---
                Voir [b](b.md#intro) et [c](c.md).

                ## Section
                """ + """
                -- content/pages/b.md --
                ---
                titre: B
                ---
                ## Introduction
                """).assertProblems(
                "content/pages/a.md:4:6: lien vers « b.md#intro » : ancre « #intro » introuvable dans pages/b.md",
                "content/pages/a.md:4:25: lien vers « c.md » : page introuvable (content/pages/c.md)");
    }

    @Test
    void imageWithoutAltIsAnErrorUnlessDecorative() {
        TestSite site = TestSite.write(dir, """
                -- content/pages/photos.md --
                ---
                titre: Photos
                ---
                ![](../media/a.png)

                ![](../media/a.png "décoratif")
                """).writeBytes("content/media/a.png", new byte[] {1});
        site.assertProblems("content/pages/photos.md:4:1: image sans alternative textuelle : décrivez-la entre les "
                + "crochets, ![description](image.jpg), ou, si elle est purement décorative, ajoutez le titre "
                + "\"décoratif\" : ![](image.jpg \"décoratif\")");
    }

    @Test
    void missingImageIsReported() {
        TestSite.write(dir, """
                -- content/pages/photos.md --
                ---
                titre: Photos
                ---
                ![Carte](../media/carte.png)
                """).assertProblems("content/pages/photos.md:4:1: image « ../media/carte.png » introuvable (content/media/carte.png)");
    }

    @Test
    void missingDocumentIsReported() {
        TestSite.write(dir, """
                -- content/guides/g.md --
                ---
                titre: G
                resume: R
                date_publication: "2024"
                documents:
                  - {titre: Guide PDF, fichier: ../media/guide.pdf}
                ---
                """).assertProblems("content/guides/g.md:6:33: fichier « ../media/guide.pdf » introuvable (cherché dans content/media/guide.pdf)");
    }

    @Test
    void everyProblemOfARunIsReportedAtOnce() {
        List<String> problems = TestSite.write(dir, PARTNER
                + project("a", ProjectFixture.VALID_FIELDS.replace("statut: en_cours", "statut: x"))
                + project("b", ProjectFixture.VALID_FIELDS.replace("porteur: adf", "porteur: nobody"))
                + "-- content/guides/c.md --\n---\ntitre: C\n---\n").problems();
        assertEquals(4, problems.size(), String.join("\n", problems));
    }

    @Test
    void headingLevelOneInBodyAndSkippedLevelsAreErrors() {
        TestSite.write(dir, """
                -- content/pages/titres.md --
                ---
                titre: Titres
                ---
                # Deuxième titre

                ## Section

                #### Trop bas
                """).assertProblems(
                "content/pages/titres.md:4:1: titre de niveau 1 (« # ») dans le texte : le titre de la page vient du "
                        + "champ « titre » ; commencez les sections par « ## »",
                "content/pages/titres.md:8:1: niveau de titre sauté : un titre de niveau 4 suit un titre de niveau 2 ; utilisez « ### »");
    }

    @Test
    void duplicateThemeIdentifierIsReported() {
        TestSite.write(dir, """
                -- content/_data/thematiques.yaml --
                thematiques:
                  - {id: eau, libelle: Eau}
                  - {id: eau, libelle: Eau potable}
                """).assertProblems("content/_data/thematiques.yaml:3:10: thématique « eau » définie deux fois");
    }

    @Test
    void changeMonitoringIdentifiersMustBeUniqueAndKnown() {
        projectWith(ProjectFixture.VALID_FIELDS + """
                changements:
                  acteurs:
                    - id: services
                      nom: Services
                      marqueurs_progres:
                        attendu: [{id: m1, texte: A}, {id: m1, texte: B}]
                  observations:
                    - {date: "2025", acteur: service, marqueur: m2, statut: observe, texte: Vu}
                """).assertProblems(
                "content/projets/eau.md:14:44: identifiant de marqueur « m1 » utilisé deux fois dans « changements »",
                "content/projets/eau.md:16:30: acteur « service » inconnu dans « changements » ; vouliez-vous dire « services » ?",
                "content/projets/eau.md:16:49: marqueur « m2 » inconnu dans « changements » ; vouliez-vous dire « m1 » ?");
    }

    @Test
    void plainPageMayNotTakeAReservedName() {
        TestSite.write(dir, "-- content/pages/projets.md --\n---\ntitre: Projets\n---\n")
                .assertProblems("content/pages/projets.md:1:1: le nom « projets » est réservé par le générateur ; renommez la page");
    }

    @Test
    void accessibilityPageIsRequired() throws IOException {
        TestSite site = TestSite.write(dir, "");
        Files.delete(site.content().resolve("pages/accessibilite.md"));
        site.assertProblems("content/pages/accessibilite.md:1:1: page « Accessibilité » manquante : le RGAA impose une "
                + "déclaration d'accessibilité accessible depuis chaque page");
    }

    @Test
    void markdownOutsideTheContentFoldersIsReported() {
        TestSite.write(dir, "-- content/notes.md --\n---\ntitre: X\n---\n")
                .assertProblems("content/notes.md:1:1: page Markdown hors des dossiers de contenu ; placez-la dans "
                        + "guides/, projets/, partenaires/ ou pages/");
    }

    @Test
    void menuLinkToAMissingPageIsReported() {
        TestSite.write(dir, "-- content/site.yaml --\n" + TestSite.SITE_YAML + "menu: [{titre: Blog, lien: blog/}]\n")
                .assertProblems("content/site.yaml:1:1: lien « Blog » du menu : la page « blog/ » n'existe pas dans le site");
    }
}
