package fr.terrinclus.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site and the index are swapped in together or not at all, by one build at a time. */
class PublicationTest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private OutputFolder output() throws OutputFolder.Refused {
        return OutputFolder.of(dir.resolve("site"), List.of(dir.resolve("content")));
    }

    private void publish(String text) throws IOException, OutputFolder.Refused {
        try (Publication p = output().begin(WAIT)) {
            p.write(List.of(OutputFile.generated("index.html", bytes(text))));
            Files.writeString(p.cacheFolder().resolve("segments"), text);
            p.commit();
        }
    }

    @Test
    void siteAndCacheAreReplacedTogether() throws Exception {
        publish("un");
        publish("deux");
        assertEquals("deux", Files.readString(dir.resolve("site/index.html")));
        assertEquals("deux", Files.readString(output().cache().resolve("segments")));
        assertTrue(Files.exists(dir.resolve("site").resolve(OutputFolder.MARKER)));
        assertEquals(List.of("cache", "verrou"), list(dir.resolve(".terrinclus/site")));
    }

    @Test
    void aFailedWriteChangesNeitherTheSiteNorTheCacheAndLeavesNothing() throws Exception {
        publish("un");
        try (Publication p = output().begin(WAIT)) {
            Files.writeString(p.cacheFolder().resolve("segments"), "deux");
            assertThrows(IOException.class, () -> p.write(List.of(OutputFile.generated("../../evade.html", bytes("x")))));
        }
        assertEquals("un", Files.readString(dir.resolve("site/index.html")));
        assertEquals("un", Files.readString(output().cache().resolve("segments")));
        assertFalse(Files.exists(dir.resolve("evade.html")));
        assertEquals(List.of("cache", "verrou"), list(dir.resolve(".terrinclus/site")));
    }

    /** The index is moved in first; when the site's move then fails, the index goes back: nothing changed. */
    @Test
    void aMoveThatFailsIsUndoneSoTheMessageIsTrue() throws Exception {
        publish("un");
        try (Publication p = output().begin(WAIT)) {
            Files.writeString(p.cacheFolder().resolve("segments"), "deux");
            Publication.deleteTree(p.siteFolder());
            IOException failure = assertThrows(IOException.class, p::commit);
            assertFalse(failure instanceof Publication.Interrupted, failure.toString());
        }
        assertEquals("un", Files.readString(dir.resolve("site/index.html")));
        assertEquals("un", Files.readString(output().cache().resolve("segments")));
        assertFalse(output().interrupted());
        assertEquals(List.of("cache", "verrou"), list(dir.resolve(".terrinclus/site")));
    }

    /** What a build killed between its two swaps leaves: the old site aside, its place empty, the journal. */
    @Test
    void aPublicationInterruptedBetweenItsSwapsMakesSearchRefuseUntilTheNext() throws Exception {
        publish("un");
        Path state = dir.resolve(".terrinclus/site");
        Files.move(dir.resolve("site"), state.resolve("old-abc-site"));
        Files.createDirectories(state.resolve("tmp-abc-site"));
        Files.writeString(state.resolve("publication"), "abc\n");
        assertTrue(output().interrupted());
        try (Publication p = output().begin(WAIT)) {
            assertTrue(output().interrupted(), "until a publication commits");
        }
        assertTrue(output().interrupted(), "a publication that does not commit leaves it so");
        publish("deux");
        assertFalse(output().interrupted());
        assertEquals("deux", Files.readString(dir.resolve("site/index.html")));
        assertEquals(List.of("cache", "verrou"), list(state));
    }

    /** The state folder is in the working tree: a pull request could plant a journal and folders to publish. */
    @Test
    void plantedFoldersAreNeverPublishedEvenByAPublicationThatFails() throws Exception {
        Path state = Files.createDirectories(dir.resolve(".terrinclus/site"));
        for (String planted : List.of("tmp-abcd-site", "old-abcd-site")) {
            Files.createDirectories(state.resolve(planted));
            Files.writeString(state.resolve(planted + "/index.html"), "<script>alert(1)</script>");
        }
        Files.writeString(state.resolve("publication"), "abcd\n");
        try (Publication p = output().begin(WAIT)) {
            assertThrows(IOException.class, () -> p.write(List.of(OutputFile.generated("../../evade.html", bytes("x")))));
        }
        assertFalse(Files.exists(dir.resolve("site")), "nothing planted was moved into place");
        publish("un");
        assertEquals(List.of(".terrinclus-site", "index.html"), list(dir.resolve("site")));
        assertEquals("un", Files.readString(dir.resolve("site/index.html")));
    }

    @Test
    void aPlantedLockThatIsALinkOrAPipeIsRefused() throws Exception {
        Path state = Files.createDirectories(dir.resolve(".terrinclus/site"));
        Files.createSymbolicLink(state.resolve("verrou"), dir.resolve("ailleurs"));
        IOException link = assertThrows(IOException.class, () -> output().begin(WAIT));
        assertTrue(link.getMessage().contains("n'est pas un fichier ordinaire"), link.getMessage());
        assertFalse(Files.exists(dir.resolve("ailleurs")));
        Files.delete(state.resolve("verrou"));
        Process mkfifo = new ProcessBuilder("mkfifo", state.resolve("verrou").toString()).start();
        assertEquals(0, mkfifo.waitFor());
        IOException pipe = assertThrows(IOException.class, () -> output().begin(WAIT));
        assertTrue(pipe.getMessage().contains("n'est pas un fichier ordinaire"), pipe.getMessage());
    }

    @Test
    void leftoversOfKilledBuildsAreRemoved() throws Exception {
        Path state = dir.resolve(".terrinclus/site");
        Files.createDirectories(state.resolve("tmp-0123-site/projets"));
        Files.createDirectories(state.resolve("old-4567-index"));
        Files.createDirectories(dir.resolve(".site.old-2023"));
        Files.createDirectories(state.resolve("tmp-0123-site/lecture-seule"));
        Files.setPosixFilePermissions(state.resolve("tmp-0123-site/lecture-seule"), PosixFilePermissions.fromString("r-xr-xr-x"));
        publish("un");
        assertEquals(List.of("cache", "verrou"), list(state));
        assertEquals(List.of(".site.old-2023", ".terrinclus", "site"), list(dir), "nothing beside the site is removed");
    }

    @Test
    void theSiteGetsThePermissionsOfTheUmaskNotOwnerOnly() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Path source = dir.resolve("content/photo.png");
        Files.writeString(source, "png");
        Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rw-------"));
        try (Publication p = output().begin(WAIT)) {
            p.write(List.of(OutputFile.generated("a/index.html", bytes("x")), OutputFile.copy("media/photo.png", source)));
            p.commit();
        }
        // what this process creates when it asks for nothing: 0777 and 0666 less the umask
        Path folder = Files.createDirectory(dir.resolve("reference"));
        Path file = Files.writeString(dir.resolve("reference.txt"), "x");
        String folderMode = PosixFilePermissions.toString(Files.getPosixFilePermissions(folder));
        String fileMode = PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        assertEquals(folderMode, PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("site"))));
        assertEquals(folderMode, PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("site/a"))));
        assertEquals(fileMode, PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("site/a/index.html"))));
        assertEquals(fileMode, PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("site/media/photo.png"))));
    }

    @Test
    void aSecondBuildWaitsForTheFirstThenFailsCleanlyWhenItTakesTooLong() throws Exception {
        Path state = Files.createDirectories(dir.resolve(".terrinclus/site"));
        try (FileChannel channel = FileChannel.open(state.resolve("verrou"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = channel.lock()) {
            IOException busy = assertThrows(IOException.class, () -> output().begin(Duration.ofMillis(300)));
            assertTrue(busy.getMessage().startsWith("une autre construction écrit dans « "), busy.getMessage());
        }
        publish("un");
        assertEquals("un", Files.readString(dir.resolve("site/index.html")));
    }

    @Test
    void threadsPublishOneAfterTheOther() throws Exception {
        List<Thread> threads = Stream.of("a", "b", "c", "d").map(name -> new Thread(() -> {
            try {
                publish(name.repeat(100_000));
            } catch (IOException | OutputFolder.Refused e) {
                throw new AssertionError(e);
            }
        })).toList();
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        String site = Files.readString(dir.resolve("site/index.html"));
        assertEquals(site, Files.readString(output().cache().resolve("segments")), "site and index from one build");
        assertEquals(List.of("cache", "verrou"), list(dir.resolve(".terrinclus/site")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
