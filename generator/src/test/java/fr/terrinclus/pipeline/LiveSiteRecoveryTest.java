package fr.terrinclus.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live site after updates that fail, that mix problems of several stages, that name files
 * oddly or that change files read through links: it still equals a clean build, files and
 * problems alike (the assertion message is the difference). Each test was once a divergence.
 */
class LiveSiteRecoveryTest {
    @TempDir
    Path dir;
    LiveHarness h;

    @BeforeEach
    void build() {
        h = LiveHarness.built(dir, LiveSiteTest.SITE);
    }

    @AfterEach
    void close() {
        h.close();
    }

    // ---- 1. a full rebuild that fails leaves the next (incremental) update with the old site ----

    /** A menu link added before its page: the update that adds the page puts the link on every page. */
    @Test
    void menuLinkAddedThenItsPage() {
        h.edit("site.yaml", "accessibilite: {etat: partielle}\n",
                "accessibilite: {etat: partielle}\nmenu:\n  - {titre: Contact, lien: contact/}\n");
        h.agrees(h.step("site.yaml")); // both fail: « la page contact/ n'existe pas »
        h.write("pages/contact.md", "---\ntitre: Contact\n---\nÉcrivez-nous.\n");
        h.agrees(h.step("pages/contact.md"));
    }

    /** An image added while the site is broken is published once it is repaired. */
    @Test
    void assetAddedWhileTheSiteIsBroken() {
        h.edit("projets/ecoles.md", "statut: cloture", "statut: inconnu");
        h.agrees(h.step("projets/ecoles.md"));
        h.writeBytes("media/photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        h.edit("pages/a-propos.md", "Une page", "![Photo](../media/photo.png) Une page");
        h.agrees(h.step("media/photo.png", "pages/a-propos.md"));
        h.edit("projets/ecoles.md", "statut: inconnu", "statut: cloture");
        h.agrees(h.step("projets/ecoles.md"));
    }

    /** A theme renamed in the vocabulary in an update that fails: once repaired, pages show the new label. */
    @Test
    void vocabularyChangedInAFailingUpdate() {
        h.edit("_data/thematiques.yaml", "libelle: Eau}", "libelle: Eau potable}");
        h.edit("projets/ecoles.md", "statut: cloture", "statut: inconnu");
        h.agrees(h.step("_data/thematiques.yaml", "projets/ecoles.md"));
        h.edit("projets/ecoles.md", "statut: inconnu", "statut: cloture");
        h.agrees(h.step("projets/ecoles.md"));
    }

    /** The site's title changed while an entry is broken. */
    @Test
    void siteTitleChangedWhileAnEntryIsBroken() {
        h.edit("projets/ecoles.md", "statut: cloture", "statut: inconnu");
        h.agrees(h.step("projets/ecoles.md"));
        h.edit("site.yaml", "titre: Site de test", "titre: Site renommé");
        h.agrees(h.step("site.yaml"));
        h.edit("projets/ecoles.md", "statut: inconnu", "statut: cloture");
        h.agrees(h.step("projets/ecoles.md"));
    }

    /** A failing full rebuild carries an entry edit, the repairing update names another entry: the edit shows. */
    @Test
    void entryEditLostAfterAFailingFullRebuild() {
        h.edit("projets/eau.md", "titre: Eau et inclusion", "titre: Eau potable");
        h.edit("projets/ecoles.md", "statut: cloture", "statut: inconnu");
        h.agrees(h.step("site.yaml", "projets/eau.md", "projets/ecoles.md"));
        h.edit("projets/ecoles.md", "statut: inconnu", "statut: cloture");
        h.agrees(h.step("projets/ecoles.md"));
    }

    /** After a failed full rebuild the live site refuses what a clean build refuses. */
    @Test
    void failedFullRebuildThenTheLiveSiteAcceptsABrokenMenu() {
        h.edit("site.yaml", "accessibilite: {etat: partielle}\n",
                "accessibilite: {etat: partielle}\nmenu:\n  - {titre: À propos, lien: a-propos/}\n");
        h.agrees(h.step("site.yaml"));
        // the page the menu names is renamed while an image is added: both builds fail on the menu
        String page = h.read("pages/a-propos.md");
        h.delete("pages/a-propos.md");
        h.write("pages/apropos.md", page);
        h.writeBytes("media/x.png", new byte[] {1});
        h.agrees(h.step("pages/a-propos.md", "pages/apropos.md", "media/x.png"));
        // an unrelated edit: the clean build still fails on the menu, the live site builds
        h.edit("projets/ecoles.md", "Corps du projet écoles.", "Corps.");
        h.agrees(h.step("projets/ecoles.md"));
    }

    // ---- 2. the live site reports problems of several stages at once ----

    /** A file whose front matter is broken: loading stops, before any reference to it is checked. */
    @Test
    void brokenFrontMatterOfAReferencedProject() {
        h.edit("projets/eau.md", "titre: Eau et inclusion", "titre: [Eau et inclusion");
        h.agrees(h.step("projets/eau.md"));
    }

    @Test
    void loadProblemAndSchemaProblemInTwoFiles() {
        h.write("guides/sans-entete.md", "Pas d'en-tête.\n");
        h.edit("projets/ecoles.md", "statut: cloture", "statut: inconnu");
        h.agrees(h.step("guides/sans-entete.md", "projets/ecoles.md"));
    }

    @Test
    void symbolicLinkOutOfTheContentInPlaceOfAReferencedProject() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.md"), "---\ntitre: Secret\n---\n");
        h.delete("projets/eau.md");
        Files.createSymbolicLink(h.content().resolve("projets/eau.md"), secret);
        h.agrees(h.step("projets/eau.md"));
    }

    /** site.yaml's problems are reported with the entries' ones, at validation. */
    @Test
    void siteYamlProblemAndEntryProblemTogether() {
        h.edit("site.yaml", "langue: fr", "langue: en");
        h.edit("projets/ecoles.md", "statut: cloture", "statut: inconnu");
        h.agrees(h.step("site.yaml", "projets/ecoles.md"));
    }

    /** A load problem and a site.yaml problem: loading stops, with the load problem only. */
    @Test
    void loadProblemAndSiteYamlProblemTogether() {
        h.write("guides/archives/vieux.md", "---\ntitre: Vieux\n---\n");
        h.edit("site.yaml", "langue: fr", "langue: en");
        h.agrees(h.step("guides/archives/vieux.md", "site.yaml"));
    }

    @Test
    void vocabularyProblemAndEntryProblemTogether() {
        h.write("_data/thematiques.yaml", "thematiques:\n  - {id: eau, libelle: Eau}\n  - {id: eau, libelle: Eau 2}\n"
                + "  - {id: inclusion-sociale, libelle: Inclusion sociale}\n");
        h.edit("projets/ecoles.md", "statut: cloture", "statut: inconnu");
        h.agrees(h.step("_data/thematiques.yaml", "projets/ecoles.md"));
    }

    // ---- 3. hostile paths ----

    /** "guides/methode.md/" is not the guide's file: no second draft of it. */
    @Test
    void trailingSlashPathShadowsTheEntry() {
        h.edit("guides/methode.md", "titre: Méthode de coopération", "titre: Méthode A");
        h.agrees(h.step("guides/methode.md/"));
        h.edit("guides/methode.md", "titre: Méthode A", "titre: Méthode B");
        h.agrees(h.step("guides/methode.md"));
    }

    @Test
    void trailingSlashPathThenLinkToTheEntry() {
        h.edit("guides/methode.md", "Voir", "Lire");
        h.agrees(h.step("guides/methode.md/"));
        h.edit("pages/a-propos.md", "Une page", "Voir [la méthode](../guides/methode.md). Une page");
        h.agrees(h.step("pages/a-propos.md"));
    }

    // ---- 4. files read through a symbolic link inside the content ----

    /** An asset that is a link to an entry's file: the entry changes, the published copy follows. */
    @Test
    void assetLinkedToAnEntryFile() throws Exception {
        Files.createDirectories(h.content().resolve("media"));
        Files.createSymbolicLink(h.content().resolve("media/notes.txt"), Path.of("../pages/a-propos.md"));
        h.agrees(h.step("media/notes.txt"));
        h.edit("pages/a-propos.md", "Une page", "Une autre page");
        h.agrees(h.step("pages/a-propos.md"));
    }

    /** Two entries sharing one file through a link: the watcher names the target only, both change. */
    @Test
    void entryLinkedToAnotherEntryFile() throws Exception {
        Files.createSymbolicLink(h.content().resolve("pages/copie.md"), Path.of("a-propos.md"));
        h.agrees(h.step("pages/copie.md"));
        h.edit("pages/a-propos.md", "titre: À propos", "titre: À propos de nous");
        h.agrees(h.step("pages/a-propos.md"));
    }

    /** A path holding a NUL character names no file. */
    @Test
    void pathWithANulCharacter() {
        h.agrees(h.step("guides/a\u0000b.md"));
    }

    /** A file name too long for any file system names no file. */
    @Test
    void pathWithAFileNameTooLong() {
        h.agrees(h.step("guides/" + "a".repeat(300) + ".md"));
    }

    /** A project without « porteur »: the schema's problem, not a crash of the reference check. */
    @Test
    void projectWithoutHolder() {
        h.edit("projets/ecoles.md", "porteur: gret\n", "");
        LiveHarness.Step step = h.step("projets/ecoles.md");
        assertTrue(h.crashes.isEmpty(), h.crashes.toString());
        h.agrees(step);
    }

    /** site.yaml replaced by a folder: a problem, not a crash. */
    @Test
    void siteYamlReplacedByAFolder() throws Exception {
        h.delete("site.yaml");
        Files.createDirectories(h.content().resolve("site.yaml"));
        LiveHarness.Step step = h.step("site.yaml");
        assertTrue(h.crashes.isEmpty(), h.crashes.toString());
        h.agrees(step);
    }
}
