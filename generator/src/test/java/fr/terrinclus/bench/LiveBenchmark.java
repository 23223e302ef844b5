package fr.terrinclus.bench;

import fr.terrinclus.BuildFailure;
import fr.terrinclus.pipeline.BuildOptions;
import fr.terrinclus.pipeline.BuildReport;
import fr.terrinclus.pipeline.LiveSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * How long the live site takes to take in one saved file, on a generated corpus: the in-memory
 * engine the preview server uses, measured in this JVM after warm-up (a server runs for hours).
 * Prints, for each kind of edit, the median and worst of its updates and where the time goes.
 *
 * <pre>mvn -q -B package -DskipTests &amp;&amp; mvn -q -B -pl generator test-compile exec:java \
 *     -Dbench=fr.terrinclus.bench.LiveBenchmark -Dexec.args="1000 10000"</pre>
 * (the jar is not needed: the engine runs in the benchmark's JVM); {@code -Dprofile=FILE.jfr} also
 * writes a flight recording of the edits, for {@code jfr print --events jdk.ExecutionSample}.
 */
public final class LiveBenchmark {
    private static final Path WORK = Path.of("/dev/shm/terrinclus-live");
    private static final int EDITS = 15;

    /** One kind of edit of an entry file, undone after its update. */
    private record Edit(String label, UnaryOperator<String> change) {
    }

    private static final List<Edit> EDITS_BY_KIND = List.of(
            new Edit("corps modifié", text -> text + "\nUne phrase ajoutée pendant l'écriture.\n"),
            new Edit("titre modifié", text -> text.replaceFirst("(?m)^titre: \"?", "titre: \"Nouveau titre – ")
                    .replaceFirst("(?m)^(titre: \"Nouveau titre – [^\\n]*?)\"?$", "$1\"")),
            new Edit("fichier enregistré sans changement", text -> text));

    private LiveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // exec:java runs in the folder Maven was started from: the project root or generator/
        Path module = Files.isDirectory(Path.of("generator")) ? Path.of("generator") : Path.of(".");
        Path project = module.toAbsolutePath().normalize().getParent();
        List<Integer> sizes = args.length == 0 ? List.of(1000, 10000)
                : Stream.of(args).map(Integer::parseInt).toList();
        for (int size : sizes) {
            measure(project, size);
        }
    }

    private static void measure(Path project, int size) throws IOException {
        deleteTree(WORK);
        Path content = WORK.resolve("content");
        ScaleCorpus.Written corpus = ScaleCorpus.write(project.resolve("content"), content, size, 42);
        BuildOptions options = new BuildOptions(content, project.resolve("themes/terrinclus"), WORK.resolve("site"),
                null, false, false);
        try (LiveSite live = new LiveSite(options)) {
            long start = System.nanoTime();
            LiveSite.Update first = live.update(List.of());
            System.out.printf("%n== %d fiches : première construction en mémoire %.1f s, %d fichiers ==%n", size,
                    (System.nanoTime() - start) / 1e9, first.written().size());
            String editable = content.relativize(corpus.editable()).toString();
            // -Dprofile=FILE.jfr: a flight recording of the edits only, to see where their time goes
            String profile = System.getProperty("profile");
            Recording recording = null;
            if (profile != null) {
                recording = new Recording(Configuration.getConfiguration("profile"));
                recording.start();
            }
            for (Edit edit : EDITS_BY_KIND) {
                List<Long> times = new ArrayList<>();
                Map<String, List<Long>> stages = new TreeMap<>();
                int written = 0;
                for (int i = 0; i < EDITS; i++) {
                    String original = Files.readString(corpus.editable(), StandardCharsets.UTF_8);
                    Files.writeString(corpus.editable(), edit.change().apply(original), StandardCharsets.UTF_8);
                    long t = System.nanoTime();
                    LiveSite.Update update = live.update(List.of(editable));
                    times.add((System.nanoTime() - t) / 1_000_000);
                    written = update.written().size();
                    for (BuildReport.Stage stage : update.stages()) {
                        stages.computeIfAbsent(stage.name(), k -> new ArrayList<>()).add(stage.millis());
                    }
                    Files.writeString(corpus.editable(), original, StandardCharsets.UTF_8);
                    live.update(List.of(editable));
                }
                // the first updates warm the code up, as the first saves of a session do
                List<Long> warm = times.subList(5, times.size()).stream().sorted().toList();
                System.out.printf("%-36s médiane %4d ms, pire %4d ms (première : %d ms), %d fichiers écrits%n",
                        edit.label(), warm.get(warm.size() / 2), warm.get(warm.size() - 1), times.get(0), written);
                System.out.println("    " + stages.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue().subList(5, e.getValue().size()).stream().sorted()
                                .toList().get((e.getValue().size() - 5) / 2) + " ms")
                        .collect(Collectors.joining(", ")));
            }
            if (recording != null) {
                recording.stop();
                recording.dump(Path.of(profile));
                recording.close();
            }
        } catch (BuildFailure e) {
            System.out.println("échec : " + e.problems());
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
        deleteTree(WORK);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
