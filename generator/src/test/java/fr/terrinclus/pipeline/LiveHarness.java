package fr.terrinclus.pipeline;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.terrinclus.BuildFailure;
import fr.terrinclus.Problem;
import fr.terrinclus.write.OutputFile;
import fr.terrinclus.write.OutputFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A live site and the content it is built from, compared after each update with a clean build of
 * the same content (a fresh output folder every time, so that no build cache is involved).
 */
final class LiveHarness implements AutoCloseable {
    final Path dir;
    final TestSite site;
    LiveSite live;
    private final int threads;
    /** The live site's files: the first update's, then each later update's written and removed applied. */
    final SortedMap<String, byte[]> files = new TreeMap<>();
    private int cleanBuilds;

    LiveHarness(Path dir, String content) {
        this(dir, content, 0);
    }

    /** A harness of {@code content} whose first update built the site exactly as a clean build does. */
    static LiveHarness built(Path dir, String content) {
        LiveHarness h = new LiveHarness(dir, content);
        Step first = h.step(List.of());
        assertTrue(first.built(), first.difference());
        h.agrees(first);
        return h;
    }

    /** Asserts that {@code step} left the live site equal to a clean build (the message is the difference), with no crash. */
    void agrees(Step step) {
        assertNull(step.difference(), step.difference());
        assertTrue(crashes.isEmpty(), crashes.toString());
    }

    LiveHarness(Path dir, String content, int threads) {
        this.dir = dir;
        this.site = TestSite.write(dir.resolve("src"), content);
        this.threads = threads;
        this.live = newLive();
    }

    private LiveSite newLive() {
        return new LiveSite(threads == 0 ? site.options() : site.options().withThreads(threads));
    }

    /** A new live site of the content as it is, its files forgotten; the next step is its first update. */
    void reset() {
        live.close();
        live = newLive();
        files.clear();
    }

    Path content() {
        return site.content();
    }

    void write(String rel, String text) {
        try {
            Path file = content().resolve(rel);
            Files.createDirectories(file.getParent());
            if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(file);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeBytes(String rel, byte[] bytes) {
        try {
            Path file = content().resolve(rel);
            Files.createDirectories(file.getParent());
            if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(file);
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String rel) {
        try {
            return Files.readString(content().resolve(rel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String rel) {
        return Files.exists(content().resolve(rel), java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    void delete(String rel) {
        try {
            deleteTree(content().resolve(rel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void edit(String rel, String from, String to) {
        String text = read(rel);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(rel + " does not contain " + from);
        }
        write(rel, text.replace(from, to));
    }

    /** What a clean build of the content as it now is gives: its problems, or its files. */
    record Clean(List<Problem> problems, SortedMap<String, byte[]> files, String crash) {
        Clean(List<Problem> problems, SortedMap<String, byte[]> files) {
            this(problems, files, null);
        }
    }

    /** Whether, in the last step whose problems differed, one list held the other. */
    boolean lastProblemsSubset;

    /** Crashes (exceptions other than BuildFailure) seen, clean and live, for the report. */
    final List<String> crashes = new ArrayList<>();

    Clean clean() {
        Path out = dir.resolve("clean" + (cleanBuilds++));
        try {
            new SiteBuilder().build(new BuildOptions(content(), TestSite.THEME, out, null, false, true));
        } catch (BuildFailure e) {
            return new Clean(e.problems(), null);
        } catch (RuntimeException e) {
            crashes.add("clean " + e.getClass().getSimpleName() + " at " + e.getStackTrace()[0]);
            return new Clean(List.of(), null, e.getClass().getSimpleName() + " at " + e.getStackTrace()[0]);
        }
        SortedMap<String, byte[]> out2 = new TreeMap<>();
        try {
            for (String f : TestSite.files(out)) {
                if (!f.equals(OutputFolder.MARKER)) {
                    out2.put(f, Files.readAllBytes(out.resolve(f)));
                }
            }
            deleteTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Clean(List.of(), out2);
    }

    /** The result of one update compared with a clean build: null when they agree, else the difference. */
    record Step(boolean built, String difference, LiveSite.Update update, List<Problem> problems) {
        Step(boolean built, String difference, LiveSite.Update update) {
            this(built, difference, update, List.of());
        }
    }

    /** Runs an update of {@code changed} and compares it with a clean build. */
    Step step(Collection<String> changed) {
        Clean expected = clean();
        Step step = compare(expected, changed);
        return new Step(step.built(), step.difference(), step.update(), expected.problems());
    }

    private Step compare(Clean expected, Collection<String> changed) {
        LiveSite.Update update;
        try {
            update = live.update(changed);
        } catch (RuntimeException e) {
            String crash = e.getClass().getSimpleName() + " at " + e.getStackTrace()[0];
            crashes.add("live " + crash + (expected.crash() == null ? "" : " / clean " + expected.crash()));
            return new Step(false, crash.equals(expected.crash()) ? null
                    : "live crashed: " + crash + "; clean: " + (expected.crash() != null ? expected.crash()
                    : expected.problems().isEmpty() ? "built" : show(expected.problems())), null);
        } catch (BuildFailure e) {
            if (expected.crash() != null) {
                return new Step(false, "clean crashed: " + expected.crash() + "; live: " + show(e.problems()), null);
            }
            if (expected.problems().equals(e.problems())) {
                return new Step(false, null, null);
            }
            lastProblemsSubset = e.problems().containsAll(expected.problems()) || expected.problems().containsAll(e.problems());
            return new Step(false, "problems differ\n  live : " + show(e.problems()) + "\n  clean: "
                    + show(expected.problems()), null);
        }
        apply(update);
        if (expected.crash() != null) {
            return new Step(true, "clean crashed: " + expected.crash() + "; live built", update);
        }
        if (!expected.problems().isEmpty()) {
            return new Step(true, "live built, clean build failed with " + show(expected.problems()), update);
        }
        String diff = difference(expected.files(), files);
        return new Step(true, diff, update);
    }

    Step step(String... changed) {
        return step(List.of(changed));
    }

    private static String show(List<Problem> problems) {
        return problems.stream().map(Problem::toString).map(s -> s.replaceAll("/tmp/[^ ]*/src/", "")).toList().toString();
    }

    void apply(LiveSite.Update update) {
        try {
            for (OutputFile file : update.written().values()) {
                files.put(file.path(), file.copyOf() == null ? file.bytes() : Files.readAllBytes(file.copyOf()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        update.removed().forEach(files::remove);
    }

    /** The files that differ between a clean build and the live site, null when none does. */
    static String difference(SortedMap<String, byte[]> expected, SortedMap<String, byte[]> actual) {
        List<String> out = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>(expected.keySet());
        all.addAll(actual.keySet());
        for (String f : all) {
            byte[] e = expected.get(f);
            byte[] a = actual.get(f);
            if (a == null) {
                out.add("missing from live: " + f);
            } else if (e == null) {
                out.add("extra in live: " + f);
            } else if (!Arrays.equals(e, a)) {
                out.add("differs: " + f + firstDifference(new String(e, StandardCharsets.UTF_8),
                        new String(a, StandardCharsets.UTF_8)));
            }
        }
        return out.isEmpty() ? null : String.join("\n", out);
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String el = i < e.length ? e[i] : "<end>";
            String al = i < a.length ? a[i] : "<end>";
            if (!el.equals(al)) {
                return "\n    line " + (i + 1) + "\n    clean: " + cut(el) + "\n    live : " + cut(al);
            }
        }
        return "";
    }

    private static String cut(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(root) || !Files.isDirectory(root)) {
            Files.delete(root);
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Override
    public void close() {
        live.close();
    }
}
