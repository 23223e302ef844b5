package fr.terrinclus.write;

import fr.terrinclus.IoMessages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a build may write: the site folder given with {@code --out}, and beside it the state
 * folder {@code .terrinclus/<name>/} that holds what the build keeps without publishing it (the
 * build cache, the lock, folders being written). Nothing else is ever written.
 *
 * <p>A folder is only replaced when it is absent, empty, or carries the {@link #MARKER} file this
 * tool writes into every site: an {@code index.html} proves nothing, and a mistyped {@code --out}
 * must never cost anyone their files.
 */
public final class OutputFolder {
    /** The file that marks a folder as a site this tool wrote, and may therefore replace. */
    public static final String MARKER = ".terrinclus-site";
    static final String MARKER_TEXT = "Dossier produit par Terrinclus : il est remplacé en entier à chaque construction.\n";
    /** The folder, beside the site, that holds the state of every output folder of its parent. */
    public static final String STATE = ".terrinclus";

    private final Path site;
    private final Path state;

    private OutputFolder(Path site) {
        this.site = site;
        this.state = site.resolveSibling(STATE).resolve(site.getFileName().toString());
    }

    /**
     * The output folder {@code out}, once it is known to be safe to replace.
     *
     * @param sources the folders the build reads (content, theme): the output may be neither inside
     *                one of them nor hold one
     * @throws Refused with a French message naming the folder and what to do
     */
    public static OutputFolder of(Path out, List<Path> sources) throws Refused {
        Path site = out.toAbsolutePath().normalize();
        String shown = out.toString();
        if (site.getParent() == null || site.getFileName() == null) {
            throw new Refused("dossier de sortie « " + shown + " » refusé : la racine du disque ne peut pas être remplacée");
        }
        if (Files.isSymbolicLink(site)) {
            throw new Refused("dossier de sortie « " + shown + " » refusé : c'est un lien symbolique ; indiquez le dossier "
                    + "lui-même avec --out");
        }
        if (Files.exists(site, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(site, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused("dossier de sortie « " + shown + " » refusé : c'est un fichier, pas un dossier ; "
                    + "choisissez un dossier avec --out");
        }
        if (site.getFileName().toString().equals(STATE)) {
            throw new Refused("dossier de sortie « " + shown + " » refusé : « " + STATE + " » est le nom du dossier où "
                    + "Terrinclus garde son état ; choisissez un autre nom, par exemple « site »");
        }
        Path real = realPath(site);
        for (Path source : sources) {
            Path src = realPath(source.toAbsolutePath().normalize());
            if (src.startsWith(real)) {
                throw new Refused("dossier de sortie « " + shown + " » refusé : il contient « " + source
                        + " », qu'il effacerait ; choisissez un dossier à part, par exemple « site »");
            }
            if (real.startsWith(src)) {
                throw new Refused("dossier de sortie « " + shown + " » refusé : il est dans « " + source
                        + " », que la construction lit ; choisissez un dossier à part, par exemple « site »");
            }
        }
        requireReplaceable(site, shown);
        for (Path ancestor = real.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
            if (Files.exists(ancestor.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)
                    || ancestor.getFileName() != null && ancestor.getFileName().toString().equals(STATE)) {
                throw new Refused("dossier de sortie « " + shown + " » refusé : il est dans « " + ancestor
                        + " », que Terrinclus produit lui-même ; choisissez un dossier à part, par exemple « site »");
            }
        }
        OutputFolder output = new OutputFolder(site);
        // the state is written and deleted without asking: never through a link, never into a file
        for (Path part : List.of(output.state.getParent(), output.state, output.state.resolve(Publication.CACHE))) {
            if (Files.exists(part, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(part, LinkOption.NOFOLLOW_LINKS)) {
                throw new Refused("« " + part + " » doit être un dossier, et non un lien ou un fichier : Terrinclus y "
                        + "garde le cache et les dossiers en cours d'écriture ; supprimez-le");
            }
        }
        return output;
    }

    /** The output folder of an existing build, for commands that only read what it left; empty for a disk root. */
    public static Optional<OutputFolder> existing(Path out) {
        Path site = out.toAbsolutePath().normalize();
        return site.getFileName() == null ? Optional.empty() : Optional.of(new OutputFolder(site));
    }

    public Path site() {
        return site;
    }

    /** The build cache of the site in place, published with it. */
    public Path cache() {
        return state.resolve(Publication.CACHE);
    }

    /** True while a publication was interrupted before it finished: the next build completes it. */
    public boolean interrupted() {
        return Files.exists(state.resolve(Publication.JOURNAL));
    }

    /**
     * Runs {@code check} while no other build can publish here, so that what it reads of the site
     * in place and of its cache belongs to one publication. Without a state folder there is
     * nothing to read: {@code check} is not run and false comes back.
     *
     * @throws IOException when the lock cannot be had in time
     */
    public boolean whileLocked(Duration wait, java.util.function.BooleanSupplier check) throws IOException {
        if (!Files.isDirectory(state, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (OutputLock lock = OutputLock.acquire(state.resolve("verrou"), wait, site)) {
            return check.getAsBoolean();
        }
    }

    /**
     * Starts a publication: waits up to {@code wait} for any other build writing here, completes an
     * interrupted publication, removes what interrupted builds left behind.
     *
     * @throws IOException when the lock cannot be had in time or the state folder cannot be written
     */
    public Publication begin(Duration wait) throws IOException {
        // what this build creates, a failed one removes: it leaves nothing beside the output either
        List<Path> created = new ArrayList<>();
        for (Path folder : List.of(state.getParent(), state)) {
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                created.add(0, folder);
            }
        }
        Files.createDirectories(state);
        OutputLock lock = OutputLock.acquire(state.resolve("verrou"), wait, site);
        try {
            // checked again under the lock: the folder may have been filled while the build ran
            requireReplaceable(site, site.toString());
            return Publication.start(site, state, lock, created);
        } catch (Refused e) {
            lock.close();
            throw new IOException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** A folder is replaced only when it is absent, empty, or marked as a site this tool wrote. */
    private static void requireReplaceable(Path site, String shown) throws Refused {
        if (Files.isDirectory(site) && !Files.exists(site.resolve(MARKER), LinkOption.NOFOLLOW_LINKS) && !isEmpty(site)) {
            throw new Refused("dossier de sortie « " + shown + " » refusé : il n'est pas vide et n'a pas été produit par "
                    + "Terrinclus (fichier « " + MARKER + " » absent) ; videz-le ou choisissez un autre dossier avec --out");
        }
    }

    private static boolean isEmpty(Path dir) throws Refused {
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            throw new Refused("dossier de sortie « " + dir + " » illisible : " + IoMessages.french(e));
        }
    }

    /** The real path of {@code path}: links resolved in the part that exists, the rest appended. */
    static Path realPath(Path path) {
        Path existing = path;
        Path rest = path.getFileSystem().getPath("");
        while (existing != null) {
            try {
                return existing.toRealPath().resolve(rest).normalize();
            } catch (IOException e) {
                Path name = existing.getFileName();
                rest = name == null ? rest : name.resolve(rest);
                existing = existing.getParent();
            }
        }
        return path;
    }

    /** The output folder may not be used; the message says why and what to do. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }
}
