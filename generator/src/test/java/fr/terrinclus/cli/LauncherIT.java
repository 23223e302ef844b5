package fr.terrinclus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.terrinclus.pipeline.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher {@code generator/terrinclus}, run as a user runs it, on the packaged jar. */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("terrinclus").toAbsolutePath();

    @TempDir
    Path dir;

    private record Run(int exit, String output) {
    }

    private static Run run(Path launcher, Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(new java.util.ArrayList<>(List.of("sh", launcher.toString())));
        pb.command().addAll(List.of(args));
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), output);
    }

    @Test
    void buildsASiteWithThePackagedClassDataArchive() throws Exception {
        assertTrue(Files.isRegularFile(Path.of("target", "terrinclus.jsa")), "archive written by mvn package");
        TestSite site = TestSite.write(dir, "");
        // -Xshare:on makes the JVM stop if the archive written at packaging time cannot be mapped
        Run run = run(LAUNCHER, Map.of("TERRINCLUS_JAVA_OPTS", "-Xshare:on"), "build", "--content",
                site.content().toString(), "--theme", TestSite.THEME.toAbsolutePath().toString(), "--out",
                site.out().toString());
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("Site construit"), run.output());
        assertTrue(Files.exists(site.out().resolve("index.html")));
    }

    @Test
    void saysInFrenchHowToMakeTheJarWhenItIsMissing() throws Exception {
        Path copy = Files.copy(LAUNCHER, dir.resolve("terrinclus"));
        Run run = run(copy, Map.of(), "build");
        assertEquals(2, run.exit());
        assertEquals("terrinclus : " + dir.toRealPath().resolve("target/terrinclus.jar")
                + " introuvable ; construisez-le d'abord avec « mvn -q -B package -DskipTests »\n", run.output());
    }

    /** Found by trying it: through a link (/usr/local/bin/terrinclus), the jar was looked for beside the link. */
    @Test
    void runsThroughASymbolicLink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("terrinclus"), LAUNCHER);
        Run run = run(link, Map.of(), "--version");
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().startsWith("terrinclus "), run.output());
    }
}
