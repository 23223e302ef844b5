package fr.terrinclus.bench;

import fr.terrinclus.Limits;
import fr.terrinclus.pipeline.HostileInputs;
import fr.terrinclus.pipeline.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code terrinclus check} on each hostile file of {@link HostileInputs}, each in a fresh JVM
 * with the default heap, as CI would, and prints its wall time, peak resident memory (the
 * kernel's high-water mark, VmHWM) and first line of output. The target of issue 7 is 10 s and
 * 1 GiB for every case. Not a test; needs the jar:
 * {@code mvn -q -B package -DskipTests && mvn -q -B -pl generator test-compile exec:java
 * -Dbench=fr.terrinclus.bench.HostileInputBenchmark}.
 */
public final class HostileInputBenchmark {
    private static final long TIMEOUT_SECONDS = 120;

    private HostileInputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // exec:java runs in the folder Maven was started from: the project root or generator/
        Path module = Files.isDirectory(Path.of("generator")) ? Path.of("generator") : Path.of(".");
        Path jar = module.resolve("target/terrinclus.jar");
        Path theme = module.resolve(TestSite.THEME).normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("construisez d'abord le jar : mvn -q -B package -DskipTests");
        }
        Map<String, String> cases = new LinkedHashMap<>();
        HostileInputs.reported().forEach((name, file) -> cases.put("signalé : " + name, file));
        HostileInputs.worstWithinLimits(Limits.MARKDOWN_FILE_BYTES).forEach((name, file) -> cases.put("limite : " + name, file));
        System.out.printf("%-58s %7s %9s %5s  %s%n", "cas", "durée", "mémoire", "code", "première ligne");
        double worstSeconds = 0;
        long worstKib = 0;
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path root = Files.createTempDirectory("terrinclus-hostile");
            TestSite site = TestSite.write(root, "");
            Files.createDirectories(site.content().resolve("guides"));
            Files.writeString(site.content().resolve("guides/g.md"), c.getValue(), StandardCharsets.UTF_8);
            Run run = run(jar, theme, site);
            worstSeconds = Math.max(worstSeconds, run.seconds);
            worstKib = Math.max(worstKib, run.peakKib);
            System.out.printf("%-58s %6.2fs %6d Mio %5d  %s%n", c.getKey(), run.seconds, run.peakKib / 1024, run.exit,
                    run.firstLine.replace(root.toString() + "/", ""));
        }
        System.out.printf("pire cas : %.2f s, %d Mio (cible : 10 s, 1 024 Mio)%n", worstSeconds, worstKib / 1024);
    }

    private record Run(double seconds, long peakKib, int exit, String firstLine) {
    }

    private static Run run(Path jar, Path theme, TestSite site) throws IOException, InterruptedException {
        Path output = Files.createTempFile("terrinclus-hostile", ".txt");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "check", "--content", site.content().toString(), "--theme", theme.toString());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        long peak = 0;
        while (!process.waitFor(20, TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, highWaterMark(status));
            if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS)) {
                process.destroyForcibly().waitFor();
                return new Run(TIMEOUT_SECONDS, peak, -1, "arrêté après " + TIMEOUT_SECONDS + " s");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String first = Files.readAllLines(output).stream().filter(l -> !l.startsWith(" ")).findFirst().orElse("");
        return new Run(seconds, peak, process.exitValue(), first.length() > 110 ? first.substring(0, 110) + "…" : first);
    }

    /** The process's peak resident memory so far, in KiB; 0 once it is gone. */
    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended between two looks
        }
        return 0;
    }
}
