package fr.terrinclus.cache;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the last publication recorded about itself: the {@link Fingerprint} of its inputs and the
 * list of the files it wrote with their sizes. A build whose fingerprint is the same finds the
 * site it would write already in place, unless someone removed or changed a file of it since.
 *
 * <p>Files: {@code empreinte} (the fingerprint), {@code fichiers} (the {@link Fingerprint.Stamp}
 * of each input file: hash, size, time, path), {@code sortie} (one line per site file: size,
 * space, path, in path order), {@code dossier} (the identity of the site folder on its disk). All
 * are text, one record a line.
 *
 * <p>The state folder sits in the working tree, where a pull request could plant a site and a
 * cache describing it. The site folder's identity (device and inode, given by the file system when
 * the folder was written) cannot be planted: a checked-out folder gets a new one, and is rebuilt.
 */
public final class BuildCache {
    static final String FINGERPRINT = "empreinte";
    static final String OUTPUT = "sortie";
    static final String STAMPS = "fichiers";
    static final String FOLDER = "dossier";

    private final Path folder;

    private BuildCache(Path folder) {
        this.folder = folder;
    }

    /** The cache in {@code folder}, which may not exist. */
    public static BuildCache in(Path folder) {
        return new BuildCache(folder);
    }

    /** The fingerprint of the last publication, if the cache holds one. */
    public Optional<String> fingerprint() {
        try {
            return Optional.of(Files.readString(folder.resolve(FINGERPRINT), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** What the last fingerprint knew of each input file; empty when the cache has nothing readable. */
    public Map<String, Fingerprint.Stamp> stamps() {
        Map<String, Fingerprint.Stamp> stamps = new HashMap<>();
        try {
            for (String line : Files.readAllLines(folder.resolve(STAMPS), StandardCharsets.UTF_8)) {
                String[] parts = line.split(" ", 4);
                stamps.put(parts[3], new Fingerprint.Stamp(Long.parseLong(parts[1]), Long.parseLong(parts[2]), parts[0]));
            }
            return stamps;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    /**
     * Whether the last publication had {@code fingerprint}, was written into this very folder
     * {@code site}, and left there the files {@code files} found (see {@link #holdsItsFiles}).
     */
    public boolean upToDate(String fingerprint, Path site, boolean files) {
        if (!files || !fingerprint().filter(fingerprint::equals).isPresent()) {
            return false;
        }
        try {
            Optional<String> identity = identity(site);
            return identity.isPresent() && identity.get().equals(Files.readString(folder.resolve(FOLDER)).strip());
        } catch (IOException | RuntimeException e) {
            // unreadable or hand-edited: build everything
            return false;
        }
    }

    /**
     * Whether {@code site} still holds exactly the files the last publication wrote, with their
     * sizes: the slow part of {@link #upToDate}, which walks the whole site, so that a caller may
     * run it while it computes the fingerprint.
     */
    public boolean holdsItsFiles(Path site) {
        try {
            TreeMap<String, Long> recorded = new TreeMap<>();
            for (String line : Files.readAllLines(folder.resolve(OUTPUT), StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                recorded.put(line.substring(space + 1), Long.parseLong(line.substring(0, space)));
            }
            return !recorded.isEmpty() && recorded.equals(files(site));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Records {@code fingerprint} and the files of {@code site}, the folder about to be published. */
    public void record(Fingerprint.Result fingerprint, Path site) throws IOException {
        Files.createDirectories(folder);
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(STAMPS), StandardCharsets.UTF_8)) {
            for (var file : new TreeMap<>(fingerprint.stamps()).entrySet()) {
                Fingerprint.Stamp stamp = file.getValue();
                out.write(stamp.hash() + " " + stamp.size() + " " + stamp.modified() + " " + file.getKey() + "\n");
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(OUTPUT), StandardCharsets.UTF_8)) {
            for (var file : files(site).entrySet()) {
                out.write(file.getValue() + " " + file.getKey() + "\n");
            }
        }
        // without an identity, nothing is recorded: the next build builds everything
        Optional<String> identity = identity(site);
        if (identity.isPresent()) {
            Files.writeString(folder.resolve(FOLDER), identity.get() + "\n", StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(FINGERPRINT), fingerprint.value() + "\n", StandardCharsets.UTF_8);
        }
    }

    /** The file system's identity of the folder {@code site}, if it gives one (device and inode on Unix). */
    private static Optional<String> identity(Path site) throws IOException {
        Object key = Files.readAttributes(site, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        return Optional.ofNullable(key).map(Object::toString);
    }

    /** Every regular file under {@code site} by relative path ('/'-separated), with its size; links are not followed. */
    private static TreeMap<String, Long> files(Path site) throws IOException {
        TreeMap<String, Long> files = new TreeMap<>();
        if (!Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(site.toString());
        }
        Files.walkFileTree(site, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String path = String.join("/", relative(site, file));
                files.put(path, attrs.isRegularFile() ? attrs.size() : -1);
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    private static List<String> relative(Path root, Path file) {
        List<String> parts = new ArrayList<>();
        root.relativize(file).forEach(part -> parts.add(part.toString()));
        return parts;
    }
}
