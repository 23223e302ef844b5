package fr.terrinclus.pipeline;


import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbolic links, chains of them, files replaced by folders and back: after each update the live site equals a clean build. */
class LiveSiteLinksTest {
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

    private void link(String rel, String target) throws Exception {
        Path p = h.content().resolve(rel);
        Files.createDirectories(p.getParent());
        Files.createSymbolicLink(p, Path.of(target));
    }

    /** An asset linked to a link to an entry: the watcher names only the final target. */
    @Test
    void linkChainFollowsTheFinalTarget() throws Exception {
        link("media/a.txt", "b.txt");
        link("media/b.txt", "../pages/a-propos.md");
        h.agrees(h.step("media/a.txt", "media/b.txt"));
        h.edit("pages/a-propos.md", "Une page", "Une autre page");
        h.agrees(h.step("pages/a-propos.md"));
    }

    /** An entry linked to a link to another entry: the target changes, the chain end named only. */
    @Test
    void entryLinkChain() throws Exception {
        link("pages/copie2.md", "copie1.md");
        link("pages/copie1.md", "a-propos.md");
        h.agrees(h.step("pages/copie2.md", "pages/copie1.md"));
        h.edit("pages/a-propos.md", "titre: À propos", "titre: À propos encore");
        h.agrees(h.step("pages/a-propos.md"));
    }

    /** The middle link of a chain re-pointed: only the middle link named. */
    @Test
    void middleLinkRepointed() throws Exception {
        link("media/a.txt", "b.txt");
        link("media/b.txt", "../pages/a-propos.md");
        h.agrees(h.step("media/a.txt", "media/b.txt"));
        Files.delete(h.content().resolve("media/b.txt"));
        Files.createSymbolicLink(h.content().resolve("media/b.txt"), Path.of("../guides/methode.md"));
        h.agrees(h.step("media/b.txt"));
        h.edit("guides/methode.md", "titre: Méthode de coopération", "titre: Méthode X");
        h.agrees(h.step("guides/methode.md"));
    }

    /** A link that becomes a regular file; then the old target changes (must not follow any more). */
    @Test
    void linkBecomesARegularFile() throws Exception {
        link("pages/copie.md", "a-propos.md");
        h.agrees(h.step("pages/copie.md"));
        h.write("pages/copie.md", "---\ntitre: Copie\n---\nTexte propre.\n");
        h.agrees(h.step("pages/copie.md"));
        h.edit("pages/a-propos.md", "titre: À propos", "titre: À propos modifié");
        h.agrees(h.step("pages/a-propos.md"));
    }

    /** A regular file that becomes a link. */
    @Test
    void regularFileBecomesALink() throws Exception {
        h.write("pages/copie.md", "---\ntitre: Copie\n---\nTexte propre.\n");
        h.agrees(h.step("pages/copie.md"));
        h.delete("pages/copie.md");
        link("pages/copie.md", "a-propos.md");
        h.agrees(h.step("pages/copie.md"));
        h.edit("pages/a-propos.md", "titre: À propos", "titre: À propos modifié");
        h.agrees(h.step("pages/a-propos.md"));
    }

    /** A link target deleted and recreated (with other text) in one update naming the target only. */
    @Test
    void linkTargetDeletedAndRecreated() throws Exception {
        link("media/notes.txt", "../pages/a-propos.md");
        h.agrees(h.step("media/notes.txt"));
        String text = h.read("pages/a-propos.md");
        h.delete("pages/a-propos.md");
        h.write("pages/a-propos.md", text.replace("Une page", "Une page recréée"));
        h.agrees(h.step("pages/a-propos.md"));
    }

    /** A link target deleted: the link dangles (named the target only), then recreated later. */
    @Test
    void linkTargetDeletedThenRecreatedLater() throws Exception {
        link("media/notes.txt", "../pages/a-propos.md");
        h.agrees(h.step("media/notes.txt"));
        String text = h.read("pages/a-propos.md");
        h.delete("pages/a-propos.md");
        h.agrees(h.step("pages/a-propos.md"));
        h.write("pages/a-propos.md", text);
        h.agrees(h.step("pages/a-propos.md"));
    }

    /** An entry whose file is replaced by a folder (with an entry inside). */
    @Test
    void entryFileReplacedByAFolder() throws Exception {
        h.delete("guides/methode.md");
        Files.createDirectories(h.content().resolve("guides/methode.md"));
        h.agrees(h.step("guides/methode.md"));
        h.delete("guides/methode.md");
        h.write("guides/methode.md", "---\ntitre: Méthode revenue\n---\nTexte.\n");
        h.agrees(h.step("guides/methode.md"));
    }

    /** A folder containing an entry replaced by a file; only the folder named. */
    @Test
    void folderReplacedByAFileNamedOnlyTheFolder() throws Exception {
        h.write("pages/sous/page.md", "---\ntitre: Sous page\n---\nTexte.\n");
        h.agrees(h.step("pages/sous/page.md"));
        h.delete("pages/sous");
        h.write("pages/sous", "pas une page");
        h.agrees(h.step("pages/sous"));
    }

    /** A link to a folder of entries inside the content. */
    @Test
    void linkToAFolder() throws Exception {
        link("pages2", "pages");
        h.agrees(h.step("pages2"));
        h.edit("pages/a-propos.md", "Une page", "Une page changée");
        h.agrees(h.step("pages/a-propos.md"));
    }

    /** A link cycle. */
    @Test
    void linkCycle() throws Exception {
        link("media/x.txt", "y.txt");
        link("media/y.txt", "x.txt");
        h.agrees(h.step("media/x.txt", "media/y.txt"));
        Files.delete(h.content().resolve("media/y.txt"));
        h.write("media/y.txt", "texte");
        h.agrees(h.step("media/y.txt"));
    }

    /** A link to a file outside the content, whose target then changes (not named by the watcher: only the link). */
    @Test
    void linkDeletedWhileTargetRemains() throws Exception {
        link("pages/copie.md", "a-propos.md");
        h.agrees(h.step("pages/copie.md"));
        Files.delete(h.content().resolve("pages/copie.md"));
        h.agrees(h.step("pages/copie.md"));
        h.edit("pages/a-propos.md", "titre: À propos", "titre: À propos modifié");
        h.agrees(h.step("pages/a-propos.md"));
    }

    /** A broken entry reached through a link, repaired via the target. */
    @Test
    void brokenTargetRepaired() throws Exception {
        link("pages/copie.md", "../projets/ecoles.md");
        h.agrees(h.step("pages/copie.md"));
        h.edit("projets/ecoles.md", "statut: cloture", "statut: inconnu");
        h.agrees(h.step("projets/ecoles.md"));
        h.edit("projets/ecoles.md", "statut: inconnu", "statut: cloture");
        h.agrees(h.step("projets/ecoles.md"));
    }

    /** Invalid UTF-8 in a file that is reached through a link, then fixed. */
    @Test
    void unreadableThroughLink() throws Exception {
        link("pages/copie.md", "a-propos.md");
        h.agrees(h.step("pages/copie.md"));
        h.writeBytes("pages/a-propos.md", new byte[] {'-', '-', '-', '\n', (byte) 0xff, (byte) 0xfe, '\n'});
        h.agrees(h.step("pages/a-propos.md"));
        h.write("pages/a-propos.md", "---\ntitre: Répare\n---\nTexte.\n");
        h.agrees(h.step("pages/copie.md"));
    }

    /** Entry chain copie -> mid -> a-propos; the middle link re-pointed to another entry, only it named. */
    @Test
    void entryChainMiddleLinkRepointed() throws Exception {
        link("pages/mid.md", "a-propos.md");
        link("pages/copie.md", "mid.md");
        h.agrees(h.step("pages/mid.md", "pages/copie.md"));
        h.write("pages/autre.md", "---\ntitre: Autre page\n---\nUn autre texte.\n");
        h.agrees(h.step("pages/autre.md"));
        Files.delete(h.content().resolve("pages/mid.md"));
        Files.createSymbolicLink(h.content().resolve("pages/mid.md"), Path.of("autre.md"));
        h.agrees(h.step("pages/mid.md"));
    }

    /** Entry chain copie -> mid -> a-propos; the middle link deleted (copie dangles), only it named. */
    @Test
    void entryChainMiddleLinkDeleted() throws Exception {
        link("pages/mid.md", "a-propos.md");
        link("pages/copie.md", "mid.md");
        h.agrees(h.step("pages/mid.md", "pages/copie.md"));
        Files.delete(h.content().resolve("pages/mid.md"));
        h.agrees(h.step("pages/mid.md"));
    }

    /** Entry chain copie -> mid -> a-propos; the middle link becomes a regular file, only it named. */
    @Test
    void entryChainMiddleLinkBecomesAFile() throws Exception {
        link("pages/mid.md", "a-propos.md");
        link("pages/copie.md", "mid.md");
        h.agrees(h.step("pages/mid.md", "pages/copie.md"));
        h.write("pages/mid.md", "---\ntitre: Milieu\n---\nTexte du milieu.\n");
        h.agrees(h.step("pages/mid.md"));
    }

    /** A dangling entry link (to mid.md, absent) made valid by creating mid.md as a link to a-propos. */
    @Test
    void danglingEntryLinkRepairedByAnotherLink() throws Exception {
        link("pages/copie.md", "mid.md");
        h.agrees(h.step("pages/copie.md"));
        link("pages/mid.md", "a-propos.md");
        h.agrees(h.step("pages/mid.md"));
        h.edit("pages/a-propos.md", "titre: À propos", "titre: À propos bis");
        h.agrees(h.step("pages/a-propos.md"));
    }

    /** Target replaced by a link to another entry: the link to it now reads that other entry. */
    @Test
    void targetReplacedByALinkElsewhere() throws Exception {
        link("pages/copie.md", "a-propos.md");
        h.agrees(h.step("pages/copie.md"));
        h.write("pages/autre.md", "---\ntitre: Autre page\n---\nUn autre texte.\n");
        h.agrees(h.step("pages/autre.md"));
        String text = h.read("pages/a-propos.md");
        h.delete("pages/a-propos.md");
        link("pages/a-propos.md", "autre.md");
        h.agrees(h.step("pages/a-propos.md"));
        h.edit("pages/autre.md", "Un autre texte", "Encore un autre texte");
        h.agrees(h.step("pages/autre.md"));
        h.delete("pages/a-propos.md");
        h.write("pages/a-propos.md", text);
        h.agrees(h.step("pages/a-propos.md"));
    }

    /** Entry link to another entry in another folder, and the target renamed away then back. */
    @Test
    void crossFolderLinkTargetMoved() throws Exception {
        link("pages/methode.md", "../guides/methode.md");
        h.agrees(h.step("pages/methode.md"));
        String text = h.read("guides/methode.md");
        h.delete("guides/methode.md");
        h.write("guides/methode2.md", text);
        h.agrees(h.step("guides/methode.md", "guides/methode2.md"));
        h.delete("guides/methode2.md");
        h.write("guides/methode.md", text.replace("titre: Méthode de coopération", "titre: Méthode revenue"));
        h.agrees(h.step("guides/methode.md", "guides/methode2.md"));
    }

    /** An entry file replaced by a folder holding a file, only the entry path named. */
    @Test
    void entryFileReplacedByAFolderWithAFileNamedOnlyTheEntry() throws Exception {
        h.delete("guides/methode.md");
        h.write("guides/methode.md/x.md", "---\ntitre: X\n---\nTexte.\n");
        h.agrees(h.step("guides/methode.md"));
    }

    /** As above, but the watcher names the folder's file too (what a real watcher reports). */
    @Test
    void entryFileReplacedByAFolderWithAFileNamedBoth() throws Exception {
        h.delete("guides/methode.md");
        h.write("guides/methode.md/x.md", "---\ntitre: X\n---\nTexte.\n");
        h.agrees(h.step("guides/methode.md", "guides/methode.md/x.md"));
    }

    /** Entry links forming a cycle, then broken by making one a file. */
    @Test
    void entryLinkCycleBroken() throws Exception {
        link("pages/x.md", "y.md");
        link("pages/y.md", "x.md");
        h.agrees(h.step("pages/x.md", "pages/y.md"));
        h.write("pages/y.md", "---\ntitre: Y\n---\nTexte y.\n");
        h.agrees(h.step("pages/y.md"));
    }

    /** Three-link chain; the end target edited, only it named (every link resolves to it). */
    @Test
    void threeLinkChainTargetEdited() throws Exception {
        link("pages/c.md", "b.md");
        link("pages/b.md", "a.md");
        link("pages/a.md", "../guides/methode.md");
        h.agrees(h.step("pages/a.md", "pages/b.md", "pages/c.md"));
        h.edit("guides/methode.md", "titre: Méthode de coopération", "titre: Méthode chaînée");
        h.agrees(h.step("guides/methode.md"));
    }
}
