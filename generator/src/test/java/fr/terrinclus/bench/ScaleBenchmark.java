package fr.terrinclus.bench;

import fr.terrinclus.write.OutputFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Compares Terrinclus with Hugo + Pagefind on the same generated French corpus, for each page
 * count given. Not a test; needs the jar, {@code hugo} on the path and Pagefind in
 * {@code /tmp/pf} ({@code mkdir -p /tmp/pf && cd /tmp/pf && npm install pagefind@1.6.0}):
 * {@code mvn -q -B package -DskipTests && mvn -q -B -pl generator test-compile exec:java
 * -Dbench=fr.terrinclus.bench.ScaleBenchmark -Dexec.args="1000 10000"}. Options after the page
 * counts: {@code --runs K} (default 3), {@code --skip-peers} (Terrinclus alone).
 *
 * <p>The corpus ({@link ScaleCorpus}, about 840 words a page) is converted for Hugo by
 * {@link HugoSite}. Everything lives in {@code /dev/shm/terrinclus-scale}, removed once a page
 * count is measured. Each measurement is a fresh process under {@code /usr/bin/time}: wall time,
 * user and system CPU, peak resident memory. Each run measures, for Terrinclus, a build from
 * clean (site and state folder removed), {@code check}, a rebuild without change and a rebuild
 * after one project file changed (restored afterwards); then Hugo from clean and Pagefind on its
 * output. Tools alternate run after run and each figure is the median of the runs. Any exit
 * code other than 0 or any line on standard error stops the benchmark; Hugo is first run once,
 * unmeasured, with warnings made fatal. Pages are the HTML files of the output (for Pagefind,
 * those it reads); its size is the published folder's (Terrinclus's editors' Lucene index, kept in
 * the state folder, is not counted). The stage timings are those {@code build} and {@code check}
 * print.
 */
public final class ScaleBenchmark {
    private static final Path WORK = Path.of("/dev/shm/terrinclus-scale");
    private static final Path PAGEFIND = Path.of("/tmp/pf/node_modules/.bin/pagefind");
    private static final long SEED = 42;
    /** A stage line of the CLI's summary: {@code   markdown        271 ms  18 corps de page}. */
    private static final Pattern STAGE = Pattern.compile("^ {2}(\\S+) +(\\d+) ms");
    private static final String FULL = "Terrinclus, construction complète";
    private static final String CHECK = "Terrinclus, vérification (check)";
    private static final String NO_CHANGE = "Terrinclus, reconstruction sans changement";
    private static final String ONE_PAGE = "Terrinclus, reconstruction après 1 page modifiée";
    private static final String HUGO = "Hugo";
    private static final String PAGEFIND_ROW = "Pagefind";
    private static final String PEERS = "Hugo + Pagefind";
    private static final List<String> TERRINCLUS = List.of(FULL, CHECK, NO_CHANGE, ONE_PAGE);

    /** The command line: page counts, runs per count, whether Hugo and Pagefind are measured too. */
    private record Options(List<Integer> sizes, int runs, boolean peers) {
        static Options parse(String[] args) {
            List<Integer> sizes = new ArrayList<>();
            int runs = 3;
            boolean peers = true;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    case "--skip-peers" -> peers = false;
                    default -> sizes.add(Integer.parseInt(args[i]));
                }
            }
            return new Options(sizes.isEmpty() ? List.of(1000) : sizes, runs, peers);
        }
    }

    /** What {@code /usr/bin/time} reports of one process: seconds, and peak resident memory in KiB. */
    private record Usage(double wall, double user, double system, long peakKib) {
        double cpu() {
            return user + system;
        }

        /** Two processes one after the other: times add up, memory is the larger peak. */
        Usage then(Usage next) {
            return new Usage(wall + next.wall, user + next.user, system + next.system, Math.max(peakKib, next.peakKib));
        }
    }

    /** One measured process: its usage and the stage timings it printed, by stage name. */
    private record Measured(Usage usage, Map<String, Long> stages) {
    }

    /** What a measured step leaves: HTML pages and bytes written (-1: nothing written). */
    private record Output(int pages, long bytes) {
    }

    /** The folders of one page count. */
    private record Layout(Path root, Path content, Path site, Path hugo, Path logs) {
        static Layout of(int size) {
            Path root = WORK.resolve(String.valueOf(size));
            return new Layout(root, root.resolve("content"), root.resolve("terrinclus/site"), root.resolve("hugo"),
                    root.resolve("journaux"));
        }

        Path state() {
            return site.resolveSibling(OutputFolder.STATE);
        }

        Path hugoPublic() {
            return hugo.resolve("public");
        }
    }

    private final Options options;
    private final Path project;
    private final Path jar;
    private final Path launcher;
    private final Path theme;
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final Map<String, List<Measured>> measured = new LinkedHashMap<>();
    private final Map<String, Output> outputs = new LinkedHashMap<>();

    private ScaleBenchmark(Options options, Path project) {
        this.options = options;
        this.project = project;
        this.jar = project.resolve("generator/target/terrinclus.jar");
        this.launcher = project.resolve("generator/terrinclus");
        this.theme = project.resolve("themes/terrinclus");
    }

    public static void main(String[] args) throws Exception {
        // exec:java runs in the folder Maven was started from: the project root or generator/
        Path module = Files.isDirectory(Path.of("generator")) ? Path.of("generator") : Path.of(".");
        ScaleBenchmark bench = new ScaleBenchmark(Options.parse(args), module.toAbsolutePath().normalize().getParent());
        if (!Files.isRegularFile(bench.jar)) {
            throw new IllegalStateException("construisez d'abord le jar : mvn -q -B package -DskipTests");
        }
        bench.machine();
        for (int size : bench.options.sizes()) {
            bench.measure(size);
        }
    }

    private void machine() throws IOException, InterruptedException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.replaceFirst(".*:\\s*", "")).orElse("processeur inconnu");
        System.out.printf("machine : %d cœurs (%s)%n", Runtime.getRuntime().availableProcessors(), cpu);
        System.out.println("java : " + firstLine(java, "-version"));
        if (options.peers()) {
            System.out.println("hugo : " + firstLine("hugo", "version"));
            System.out.println("pagefind : " + firstLine(PAGEFIND.toString(), "--version"));
        }
        System.out.println("date : " + ZonedDateTime.now().format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm",
                Locale.FRENCH)));
        System.out.printf("%d passe(s) par taille, médiane des passes ; sorties dans %s%n", options.runs(), WORK);
    }

    private static String firstLine(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out.lines().findFirst().orElse("");
    }

    private void measure(int size) throws IOException, InterruptedException {
        Layout layout = Layout.of(size);
        deleteTree(layout.root());
        Files.createDirectories(layout.logs());
        measured.clear();
        outputs.clear();
        long start = System.nanoTime();
        ScaleCorpus.Written corpus = ScaleCorpus.write(project.resolve("content"), layout.content(), size, SEED);
        double corpusSeconds = (System.nanoTime() - start) / 1e9;
        String hugo = "";
        if (options.peers()) {
            long converted = System.nanoTime();
            HugoSite.write(layout.content(), layout.hugo());
            hugo = String.format(", converti pour Hugo en %.1f s", (System.nanoTime() - converted) / 1e9);
            verifyHugo(layout);
        }
        System.out.printf("%n== %d fiches : %d mots par page en moyenne, corpus écrit en %.1f s%s ==%n", corpus.entries(),
                corpus.words(), corpusSeconds, hugo);
        for (int run = 1; run <= options.runs(); run++) {
            System.out.printf("passe %d/%d…%n", run, options.runs());
            terrinclus(layout, corpus.editable());
            if (options.peers()) {
                peers(layout);
            }
        }
        table();
        stages();
        deleteTree(layout.root());
    }

    private void terrinclus(Layout layout, Path editable) throws IOException, InterruptedException {
        deleteTree(layout.site());
        deleteTree(layout.state());
        String[] build = cli(layout, "build", "--out", layout.site().toString());
        record(FULL, layout, build);
        outputs.put(FULL, output(layout.site()));
        record(CHECK, layout, cli(layout, "check"));
        outputs.put(CHECK, new Output(outputs.get(FULL).pages(), -1));
        record(NO_CHANGE, layout, build);
        outputs.put(NO_CHANGE, output(layout.site()));
        String original = Files.readString(editable, StandardCharsets.UTF_8);
        Files.writeString(editable, original + "\nUne phrase ajoutée pour mesurer la reconstruction d'une seule page.\n",
                StandardCharsets.UTF_8);
        try {
            record(ONE_PAGE, layout, build);
        } finally {
            Files.writeString(editable, original, StandardCharsets.UTF_8);
        }
        outputs.put(ONE_PAGE, output(layout.site()));
    }

    /** A Terrinclus command on the layout's content, with the project's theme, run as users run it. */
    private String[] cli(Layout layout, String command, String... extra) {
        return Stream.concat(Stream.of("sh", launcher.toString(), command, "--content", layout.content().toString(),
                "--theme", theme.toString()), Stream.of(extra)).toArray(String[]::new);
    }

    private void peers(Layout layout) throws IOException, InterruptedException {
        deleteTree(layout.hugoPublic());
        deleteTree(layout.hugo().resolve("resources"));
        record(HUGO, layout, "hugo", "--quiet", "-s", layout.hugo().toString(), "-d", "public");
        outputs.put(HUGO, output(layout.hugoPublic()));
        record(PAGEFIND_ROW, layout, PAGEFIND.toString(), "--site", layout.hugoPublic().toString());
        Output all = output(layout.hugoPublic());
        outputs.put(PAGEFIND_ROW, new Output(all.pages(), all.bytes() - outputs.get(HUGO).bytes()));
        outputs.put(PEERS, all);
        List<Measured> hugo = measured.get(HUGO);
        List<Measured> pagefind = measured.get(PAGEFIND_ROW);
        measured.put(PEERS, IntStream.range(0, hugo.size()).mapToObj(i -> new Measured(
                hugo.get(i).usage().then(pagefind.get(i).usage()), Map.of())).toList());
    }

    /**
     * Checks once, unmeasured, that Hugo builds the site without error or warning: {@code --quiet}
     * would hide warnings, and an unresolved {@code relref} only shows as an exit code.
     */
    private static void verifyHugo(Layout layout) throws IOException, InterruptedException {
        Path verified = layout.root().resolve("hugo-verifie");
        execute("Hugo (vérification)", layout, "verification", "hugo", "-s", layout.hugo().toString(), "-d",
                verified.toString(), "--printPathWarnings", "--panicOnWarning");
        deleteTree(verified);
    }

    /**
     * Runs {@code command} in the layout's root, its output in files {@code name.*} of the logs
     * folder; stops the benchmark with the error output when it fails or writes on standard error.
     */
    private static void execute(String label, Layout layout, String name, String... command)
            throws IOException, InterruptedException {
        Path err = layout.logs().resolve(name + ".err");
        ProcessBuilder process = new ProcessBuilder(command).directory(layout.root().toFile());
        // the launcher runs the JDK that runs the benchmark
        process.environment().put("JAVA_HOME", System.getProperty("java.home"));
        int exit = process
                .redirectOutput(layout.logs().resolve(name + ".out").toFile()).redirectError(err.toFile()).start().waitFor();
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        if (exit != 0 || !errors.isBlank()) {
            throw new IllegalStateException(label + " : code de sortie " + exit + ", sortie d'erreur :\n"
                    + errors.lines().limit(20).reduce("", (a, b) -> a + b + "\n") + "commande : " + String.join(" ", command)
                    + "\njournaux : " + layout.logs());
        }
    }

    /** Runs {@code command} in a fresh process under {@code /usr/bin/time} and keeps what it measured under {@code label}. */
    private void record(String label, Layout layout, String... command) throws IOException, InterruptedException {
        String name = String.valueOf(measured.values().stream().mapToInt(List::size).sum());
        Path time = layout.logs().resolve(name + ".time");
        execute(label, layout, name, Stream.concat(Stream.of("/usr/bin/time", "-o", time.toString(), "-f", "%e %U %S %M"),
                Stream.of(command)).toArray(String[]::new));
        List<String> lines = Files.readAllLines(time);
        String[] fields = lines.get(lines.size() - 1).trim().split(" ");
        Usage usage = new Usage(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]), Double.parseDouble(fields[2]),
                Long.parseLong(fields[3]));
        Map<String, Long> stages = new LinkedHashMap<>();
        for (String line : Files.readAllLines(layout.logs().resolve(name + ".out"), StandardCharsets.UTF_8)) {
            Matcher m = STAGE.matcher(line);
            if (m.find()) {
                stages.put(m.group(1), Long.parseLong(m.group(2)));
            }
        }
        measured.computeIfAbsent(label, k -> new ArrayList<>()).add(new Measured(usage, stages));
    }

    private void table() {
        System.out.printf("%-50s %6s %8s %8s %8s %8s %9s %10s%n", "mesure (médiane)", "pages", "mur (s)", "CPU (s)",
                "pages/s", "ms/page", "RSS (Mio)", "sortie (Mo)");
        measured.forEach((label, runs) -> {
            Output output = outputs.get(label);
            double wall = median(runs, m -> m.usage().wall());
            System.out.printf("%-50s %6d %8.2f %8.2f %8.0f %8.2f %9.0f %10s%n", label, output.pages(), wall,
                    median(runs, m -> m.usage().cpu()), output.pages() / wall, wall * 1000 / output.pages(),
                    median(runs, m -> m.usage().peakKib()) / 1024,
                    output.bytes() < 0 ? "—" : String.format("%.1f", output.bytes() / 1e6));
        });
        if (measured.containsKey(PEERS)) {
            System.out.printf("Terrinclus / (Hugo + Pagefind), construction complète : mur ×%.2f, CPU ×%.2f%n",
                    median(measured.get(FULL), m -> m.usage().wall()) / median(measured.get(PEERS), m -> m.usage().wall()),
                    median(measured.get(FULL), m -> m.usage().cpu()) / median(measured.get(PEERS), m -> m.usage().cpu()));
        }
    }

    /** The median of each stage the CLI printed, one column per Terrinclus measurement. */
    private void stages() {
        Set<String> names = new LinkedHashSet<>();
        TERRINCLUS.forEach(label -> measured.get(label).forEach(m -> names.addAll(m.stages().keySet())));
        System.out.printf("%-14s %12s %12s %16s %12s%n", "étape (ms)", "complète", "vérification", "sans changement",
                "1 page");
        for (String name : names) {
            System.out.printf("%-14s", name);
            for (String label : TERRINCLUS) {
                List<Measured> runs = measured.get(label).stream().filter(m -> m.stages().containsKey(name)).toList();
                String cell = runs.isEmpty() ? "—" : String.format("%.0f", median(runs, m -> m.stages().get(name)));
                System.out.printf(" %" + (label.equals(NO_CHANGE) ? 16 : 12) + "s", cell);
            }
            System.out.println();
        }
    }

    private static double median(List<Measured> runs, ToDoubleFunction<Measured> value) {
        double[] sorted = runs.stream().mapToDouble(value).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static Output output(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).toList();
            long bytes = 0;
            for (Path file : files) {
                bytes += Files.size(file);
            }
            return new Output((int) files.stream().filter(f -> f.toString().endsWith(".html")).count(), bytes);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
