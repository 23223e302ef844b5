package fr.terrinclus.load;

import fr.terrinclus.IoMessages;
import fr.terrinclus.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A folder the build reads (the content, the theme), and the only way to read files in it. Every
 * file is taken at its real path, links resolved, and must stay inside the folder's real path:
 * content arrives by pull request, and a symbolic link to {@code /proc/self/environ} or to the
 * CI's credentials must never be read, let alone published.
 *
 * <p>Rules, the same for the content and the theme: a link to a file inside the folder is
 * followed (it is the same as a copy); a link that leaves the folder, a link to a folder, a
 * broken or looping link and a special file (pipe, device) are problems naming where the link
 * points, and are not read. Names starting with a dot are ignored. Immutable; thread-safe.
 */
public final class SourceTree {
    private static final Pattern UNSAFE_NAME = Pattern.compile("[\\\\\\p{Cntrl}]");
    /** The longest file name Linux, macOS and Windows file systems hold, in bytes (UTF-8). */
    private static final int MAX_NAME_BYTES = 255;
    private final Path shown;
    private final Path real;
    private final String what;
    private final SortedMap<String, Path> files;
    /** The files read through a symbolic link: few, looked at again by {@link #linksMoved()}. */
    private final SortedSet<String> links;

    private SourceTree(Path shown, Path real, String what, SortedMap<String, Path> files, SortedSet<String> links) {
        this.shown = shown;
        this.real = real;
        this.what = what;
        this.files = files;
        this.links = links;
    }

    /**
     * Lists {@code root}, reporting every file that may not be read.
     *
     * @param what how messages name the folder: « dossier de contenu », « thème »
     * @return empty when {@code root} is not a readable folder (reported)
     */
    public static Optional<SourceTree> walk(Path root, String what, Consumer<Problem> report) {
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            report.accept(Problem.inFile(display(root), what + " introuvable"));
            return Optional.empty();
        }
        if (!Files.isDirectory(real)) {
            report.accept(Problem.inFile(display(root), what + " introuvable : ce n'est pas un dossier"));
            return Optional.empty();
        }
        SortedMap<String, Path> files = new TreeMap<>();
        SortedSet<String> links = new TreeSet<>();
        SourceTree tree = new SourceTree(root, real, what, files, links);
        try {
            Files.walkFileTree(real, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(real) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!hidden(file)) {
                        tree.admit(file, attrs, report).ifPresent(p -> {
                            files.put(tree.relative(file), p);
                            if (attrs.isSymbolicLink()) {
                                links.add(tree.relative(file));
                            }
                        });
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    report.accept(Problem.inFile(tree.shownPath(file), "lecture impossible : " + IoMessages.french(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            report.accept(Problem.inFile(display(root), "lecture du " + what + " impossible : " + IoMessages.french(e)));
        }
        return Optional.of(tree);
    }

    /**
     * This folder with {@code relative} as it is now on disk: admitted again under the same rules
     * as a walk (its folders may not be links, nor hidden), or absent. A live preview calls it for
     * each file that changed instead of walking the folder again.
     */
    public SourceTree with(String relative, Consumer<Problem> report) {
        SortedMap<String, Path> copy = new TreeMap<>(files);
        copy.remove(relative);
        SortedSet<String> linksCopy = new TreeSet<>(links);
        linksCopy.remove(relative);
        SourceTree tree = new SourceTree(shown, real, what, copy, linksCopy);
        Path file = real;
        for (String name : relative.split("/", -1)) {
            // "." and ".." are hidden names, as the walk never produces them; a name no file
            // system holds (a NUL, over 255 bytes) names no file
            if (name.isEmpty() || name.startsWith(".") || name.indexOf('\0') >= 0
                    || name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                return tree;
            }
            if (!file.equals(real) && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                return tree;
            }
            try {
                file = file.resolve(name);
            } catch (InvalidPathException e) {
                return tree;
            }
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return tree;
        } catch (IOException e) {
            report.accept(Problem.inFile(display(relative), "lecture impossible : " + IoMessages.french(e)));
            return tree;
        }
        if (!attrs.isDirectory()) {
            tree.admit(file, attrs, report).ifPresent(p -> {
                copy.put(relative, p);
                if (attrs.isSymbolicLink()) {
                    linksCopy.add(relative);
                }
            });
        }
        return tree;
    }

    /** The real path to read for {@code file}, or empty with the reason reported. */
    private Optional<Path> admit(Path file, BasicFileAttributes attrs, Consumer<Problem> report) {
        String shownFile = shownPath(file);
        // a backslash would become a "/" in the site's addresses ("\\\\evil.example\\x.png" → "//evil.example/x.png");
        // each name is checked, not the joined path, whose separator is a backslash on Windows
        if (unsafeName(real.relativize(file))) {
            // shown as it is named: the usual display turns backslashes into slashes
            report.accept(Problem.inFile(shown.resolve(real.relativize(file).toString()).toString(), "nom de fichier refusé : il contient une barre oblique inverse (\\) ou "
                    + "un caractère invisible ; renommez le fichier"));
            return Optional.empty();
        }
        if (attrs.isRegularFile()) {
            return Optional.of(file);
        }
        if (!attrs.isSymbolicLink()) {
            report.accept(Problem.inFile(shownFile, "fichier spécial (tube, périphérique…) : il n'est pas lu"));
            return Optional.empty();
        }
        String target = linkTarget(file);
        Path resolved;
        try {
            resolved = file.toRealPath();
        } catch (FileSystemException e) {
            report.accept(Problem.inFile(shownFile, "lien symbolique cassé ou en boucle (vers « " + target + " ») : "
                    + "remplacez-le par le fichier lui-même"));
            return Optional.empty();
        } catch (IOException e) {
            report.accept(Problem.inFile(shownFile, "lien symbolique illisible (vers « " + target + " ») : " + IoMessages.french(e)));
            return Optional.empty();
        }
        if (!resolved.startsWith(real)) {
            report.accept(Problem.inFile(shownFile, "lien symbolique vers « " + target + " », hors du " + what
                    + " : il n'est pas lu ; placez le fichier lui-même dans le dossier"));
            return Optional.empty();
        }
        if (!Files.isRegularFile(resolved, LinkOption.NOFOLLOW_LINKS)) {
            report.accept(Problem.inFile(shownFile, "lien symbolique vers le dossier « " + target + " » : les liens vers "
                    + "des dossiers ne sont pas suivis ; placez les fichiers eux-mêmes dans le dossier"));
            return Optional.empty();
        }
        return Optional.of(resolved);
    }

    /** Every readable file, by path relative to the folder with {@code /}, sorted; values are real paths. */
    public SortedMap<String, Path> files() {
        return Collections.unmodifiableSortedMap(files);
    }

    /**
     * The other files of the folder that are symbolic links to {@code relative}: they read its
     * bytes, so they change when it does.
     */
    public SortedSet<String> linksTo(String relative) {
        SortedSet<String> to = new TreeSet<>();
        Path target;
        try {
            target = real.resolve(relative);
        } catch (InvalidPathException e) {
            return to;
        }
        for (String name : links) {
            if (files.get(name).equals(target) && !name.equals(relative)) {
                to.add(name);
            }
        }
        return to;
    }

    /**
     * The files read through a symbolic link that now leads to another file, or nowhere: a link
     * of a chain was changed, or the file it led to became a link itself.
     */
    public SortedSet<String> linksMoved() {
        SortedSet<String> moved = new TreeSet<>();
        for (String name : links) {
            try {
                if (!real.resolve(name).toRealPath().equals(files.get(name))) {
                    moved.add(name);
                }
            } catch (IOException e) {
                moved.add(name);
            }
        }
        return moved;
    }

    /** Whether {@code relative} is now a folder (not a link to one). */
    public boolean isFolder(String relative) {
        try {
            return Files.isDirectory(real.resolve(relative), LinkOption.NOFOLLOW_LINKS);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The real path of {@code relative} when it is one of the readable files. */
    public Optional<Path> file(String relative) {
        return Optional.ofNullable(files.get(relative));
    }

    /** The folder as the user named it, for messages. */
    public Path root() {
        return shown;
    }

    /** How messages name a file of the folder: the folder as given, then the relative path. */
    public String display(String relative) {
        return display(shown.resolve(relative));
    }

    /**
     * Reads a file of the folder, refusing one larger than {@code limit} bytes (checked on the
     * bytes read, not on what the file system says, so a growing file cannot get past it).
     */
    public byte[] read(String relative, long limit) throws IOException, TooLarge {
        Path path = files.get(relative);
        if (path == null) {
            throw new IOException("fichier absent du " + what);
        }
        if (Files.size(path) > limit) {
            throw new TooLarge(limit);
        }
        try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > limit) {
                throw new TooLarge(limit);
            }
            return bytes;
        }
    }

    /** A file is over its size limit. */
    public static final class TooLarge extends Exception {
        private final long limit;

        TooLarge(long limit) {
            super("plus de " + limit + " octets");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private String relative(Path file) {
        return real.relativize(file).toString().replace('\\', '/');
    }

    private String shownPath(Path file) {
        return display(shown.resolve(relative(file)));
    }

    private static boolean unsafeName(Path relative) {
        for (Path name : relative) {
            if (UNSAFE_NAME.matcher(name.toString()).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }

    static String display(Path path) {
        return path.toString().replace('\\', '/');
    }
}
