package fr.terrinclus.write;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collection;
import java.util.stream.Stream;

/**
 * Writes the site into a temporary folder next to the output folder, then swaps it in: a failed
 * write leaves the previous site as it was. The only class that writes under the output folder.
 */
public final class SiteWriter {
    private SiteWriter() {
    }

    /**
     * Replaces {@code out} by a folder holding exactly {@code files}.
     *
     * @throws IOException when writing fails; {@code out} is then unchanged
     */
    public static void write(Path out, Collection<OutputFile> files) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        refuseUnsafe(target);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
        try {
            for (OutputFile file : files) {
                Path path = temp.resolve(file.path()).normalize();
                if (!path.startsWith(temp)) {
                    throw new IOException("chemin de sortie hors du site : " + file.path());
                }
                Files.createDirectories(path.getParent());
                if (file.copyOf() != null) {
                    Files.copy(file.copyOf(), path, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    Files.write(path, file.bytes());
                }
            }
            swap(temp, target);
        } catch (IOException | RuntimeException e) {
            deleteTree(temp);
            throw e;
        }
    }

    private static void swap(Path temp, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    /** Never replace a folder that does not look like a generated site: it may hold someone's work. */
    private static void refuseUnsafe(Path target) throws IOException {
        if (target.getParent() == null) {
            throw new IOException("dossier de sortie refusé : " + target);
        }
        if (Files.isDirectory(target) && !Files.exists(target.resolve("index.html"))) {
            try (Stream<Path> children = Files.list(target)) {
                if (children.findAny().isPresent()) {
                    throw new IOException("le dossier de sortie « " + target + " » n'est pas vide et ne contient pas "
                            + "de site généré ; choisissez un autre dossier avec --out");
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
