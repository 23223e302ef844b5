package fr.terrinclus.write;

import fr.terrinclus.IoMessages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One publication into an {@link OutputFolder}: every output (the site, the build cache) is
 * written into a fresh folder of the state folder, then all of them are swapped in together. A
 * failed move is undone. A journal, written once every folder is complete and removed once all are
 * in place, marks the swaps in progress: if the process dies half-way, {@code search} refuses the
 * site's index until a build publishes again (the site may be missing until then; what a
 * killed build left is removed, never published). Until {@link #commit()} nothing visible changes; {@link #close()} without a commit
 * removes what was written.
 *
 * <p>Folders are created with the process's umask, like any file a tool writes, so a web server
 * running as another user can read them.
 */
public final class Publication implements OutputSink, AutoCloseable {
    static final String JOURNAL = "publication";
    static final String CACHE = "cache";
    static final String SITE = "site";
    private static final Pattern LEFTOVER = Pattern.compile("(tmp|old)-[0-9a-f]+-[a-z]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path site;
    private final Path state;
    private final OutputLock lock;
    private final String id;
    private final List<Path> created;
    private boolean committed;
    private boolean interrupted;

    private Publication(Path site, Path state, OutputLock lock, String id, List<Path> created) {
        this.site = site;
        this.state = state;
        this.lock = lock;
        this.id = id;
        this.created = List.copyOf(created);
    }

    /** Each output's final place, by name: every one of them is swapped with the others. */
    private static Map<String, Path> outputs(Path site, Path state) {
        Map<String, Path> outputs = new LinkedHashMap<>();
        // the site last: what readers see changes once everything else is in place
        outputs.put(CACHE, state.resolve(CACHE));
        outputs.put(SITE, site);
        return outputs;
    }

    /** @param created the state folders the build created, innermost first: an uncommitted publication removes them */
    static Publication start(Path site, Path state, OutputLock lock, List<Path> created) throws IOException {
        // a killed build's folders are removed, never moved into place: the state folder sits in the
        // working tree, where a pull request could plant a journal and a folder to publish
        removeLeftovers(state);
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        Publication publication = new Publication(site, state, lock, HexFormat.of().formatHex(bytes), created);
        for (String name : outputs(site, state).keySet()) {
            Files.createDirectory(publication.temp(name));
        }
        Files.writeString(publication.temp(SITE).resolve(OutputFolder.MARKER), OutputFolder.MARKER_TEXT);
        return publication;
    }

    /** The folder being written that will become the site. */
    public Path siteFolder() {
        return temp(SITE);
    }

    /** The folder being written that will become the build cache, published with the site it describes. */
    public Path cacheFolder() {
        return temp(CACHE);
    }

    /** A new file of the new site folder, refused outside it; several threads may create files at once. */
    @Override
    public OutputStream create(String path) throws IOException {
        Path root = temp(SITE);
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IOException("chemin de sortie hors du site : " + path);
        }
        Files.createDirectories(file.getParent());
        return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /**
     * Swaps every new folder in, each replaced one aside. If a move fails, the moves already made
     * are undone and nothing has changed; only if undoing fails too are the outputs left half
     * replaced, with the journal that makes {@code search} refuse until the next publication.
     *
     * @throws IOException when nothing was changed
     * @throws Interrupted when the outputs are half replaced: the next build replaces them all
     */
    public void commit() throws IOException {
        Path journal = state.resolve(JOURNAL);
        Path pending = state.resolve(JOURNAL + ".tmp");
        Files.writeString(pending, id + "\n", StandardCharsets.UTF_8);
        Files.move(pending, journal, StandardCopyOption.ATOMIC_MOVE);
        List<Path[]> done = new ArrayList<>();
        try {
            for (Map.Entry<String, Path> output : outputs(site, state).entrySet()) {
                Path target = output.getValue();
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    done.add(move(target, state.resolve("old-" + id + "-" + output.getKey())));
                }
                done.add(move(temp(output.getKey()), target));
            }
        } catch (IOException e) {
            try {
                for (int i = done.size() - 1; i >= 0; i--) {
                    move(done.get(i)[1], done.get(i)[0]);
                }
                Files.delete(journal);
            } catch (IOException undo) {
                interrupted = true;
                throw new Interrupted(e);
            }
            throw e;
        }
        committed = true;
        Files.deleteIfExists(journal);
        removeLeftovers(state);
    }

    /** Moves {@code from} to {@code to}; returns the pair, for undoing. */
    private static Path[] move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        return new Path[] {from, to};
    }

    /** Removes the folders of an uncommitted publication and releases the output folder. */
    @Override
    public void close() {
        try {
            if (!committed && !interrupted) {
                outputs(site, state).keySet().forEach(name -> deleteQuietly(temp(name)));
            }
        } finally {
            lock.close();
            if (!committed && !interrupted) {
                removeCreated();
            }
        }
    }

    /** The state folders this publication created, if nothing else has come into them since. */
    private void removeCreated() {
        for (Path folder : created) {
            try {
                if (folder.equals(state)) {
                    deleteTree(folder);
                } else {
                    Files.deleteIfExists(folder);
                }
            } catch (IOException ignored) {
                // another build uses it, or it is removed next time
            }
        }
    }

    private Path temp(String name) {
        return state.resolve("tmp-" + id + "-" + name);
    }

    /**
     * Removes the folders interrupted builds left in the state folder, and nothing outside it. What
     * cannot be removed now is tried again by the next build: it never makes a publication fail.
     */
    private static void removeLeftovers(Path state) {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(state)) {
            Files.deleteIfExists(state.resolve(JOURNAL + ".tmp"));
            for (Path child : children) {
                if (LEFTOVER.matcher(child.getFileName().toString()).matches()) {
                    deleteQuietly(child);
                }
            }
        } catch (IOException ignored) {
            // tried again next time
        }
    }

    private static void deleteQuietly(Path folder) {
        try {
            deleteTree(folder);
        } catch (IOException ignored) {
            // tried again next time
        }
    }

    /** Deletes a folder this tool wrote, never following links out of it. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                // a folder made read-only (chmod) would otherwise keep its files forever
                dir.toFile().setWritable(true, true);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The publication passed the point of no return and could not undo it; the next build replaces both outputs. */
    public static final class Interrupted extends IOException {
        Interrupted(IOException cause) {
            super("publication interrompue (" + IoMessages.french(cause) + ") ; le site et le cache seront "
                    + "remplacés ensemble par la prochaine construction", cause);
        }
    }
}
