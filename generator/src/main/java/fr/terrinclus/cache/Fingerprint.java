package fr.terrinclus.cache;

import fr.terrinclus.load.SourceTree;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A SHA-256 hash of everything a build's output depends on: the generator's own code, the
 * options that change the output, and every byte of the content and theme folders as the build
 * reads them (through {@link SourceTree}, so never outside them). Equal fingerprints mean equal
 * sites: the build is deterministic.
 *
 * <p>Each file's own hash is kept with its size and modification time ({@link Stamp}); the next
 * fingerprint rereads only the files whose size or time changed, as git's index does. A file
 * modified within {@link #RACY} of being hashed is hashed again next time, since a second change
 * within the clock's resolution would leave its time as it was.
 */
public final class Fingerprint {
    /** Bumped when what a fingerprint covers changes. */
    private static final String FORMAT = "terrinclus-empreinte-1";
    private static final int BUFFER = 64 * 1024;
    private static final long RACY = 2_000;
    private static final String GENERATOR = generatorIdentity();

    private final MessageDigest digest = sha256();

    private Fingerprint() {
    }

    /**
     * What is known of one file: its size, its modification time in milliseconds (negative when it
     * must be read again) and the SHA-256 of its bytes.
     */
    public record Stamp(long size, long modified, String hash) {
    }

    /** A fingerprint, and the stamps of the files it covers by {@code label/path = real path}. */
    public record Result(String value, Map<String, Stamp> stamps) {
        public Result {
            stamps = Map.copyOf(stamps);
        }
    }

    /**
     * The fingerprint of a build of {@code trees} (by label: "contenu", "thème") with
     * {@code options} (every option that changes the output, written out).
     *
     * @param known stamps of an earlier fingerprint: files whose size and time match are not read
     * @throws IOException when a file cannot be read: the caller then builds everything
     */
    public static Result of(Map<String, SourceTree> trees, String options, Map<String, Stamp> known) throws IOException {
        Fingerprint f = new Fingerprint();
        f.add(FORMAT);
        f.add(GENERATOR);
        f.add(options);
        Map<String, Stamp> stamps = new HashMap<>();
        long now = System.currentTimeMillis();
        for (Map.Entry<String, SourceTree> tree : new TreeMap<>(trees).entrySet()) {
            f.add(tree.getKey());
            for (Map.Entry<String, Path> file : tree.getValue().files().entrySet()) {
                // the real path is part of the key: a link retargeted at a file of the same size and time is read again
                String key = tree.getKey() + "/" + file.getKey() + " = " + file.getValue();
                BasicFileAttributes attrs = Files.readAttributes(file.getValue(), BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                long modified = attrs.lastModifiedTime().toMillis();
                // a file that can no longer be read fails a clean build: so must this one, not reuse its hash
                if (!Files.isReadable(file.getValue())) {
                    throw new AccessDeniedException(file.getValue().toString());
                }
                Stamp stamp = known.get(key);
                if (stamp == null || stamp.modified() < 0 || stamp.size() != attrs.size() || stamp.modified() != modified) {
                    stamp = new Stamp(attrs.size(), now - modified < RACY ? -1 : modified, hash(file.getValue()));
                }
                stamps.put(key, stamp);
                f.add(file.getKey());
                f.add(stamp.hash());
            }
        }
        return new Result(HexFormat.of().formatHex(f.digest.digest()), stamps);
    }

    private static String hash(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private void add(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        long length = bytes.length;
        for (int shift = 56; shift >= 0; shift -= 8) {
            digest.update((byte) (length >>> shift));
        }
        digest.update(bytes);
    }

    private static String hash(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[BUFFER];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The generator's code as it runs: every entry of its class path, by name, size and
     * modification time. A new jar, or a class recompiled during development, changes it.
     */
    private static String generatorIdentity() {
        StringBuilder identity = new StringBuilder(System.getProperty("java.version")).append('\n');
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            try {
                if (Files.isDirectory(path)) {
                    Files.walkFileTree(path, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            stamp(identity, path.relativize(file).toString(), attrs);
                            return FileVisitResult.CONTINUE;
                        }
                    });
                } else if (Files.exists(path)) {
                    stamp(identity, entry, Files.readAttributes(path, BasicFileAttributes.class));
                }
            } catch (IOException e) {
                // an identity that matches no earlier build: nothing cached is used
                identity.append(UUID.randomUUID());
            }
        }
        return hash(identity.toString());
    }

    private static void stamp(StringBuilder identity, String name, BasicFileAttributes attrs) {
        identity.append(name).append(' ').append(attrs.size()).append(' ')
                .append(attrs.lastModifiedTime().toMillis()).append('\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 est toujours disponible", e);
        }
    }
}
