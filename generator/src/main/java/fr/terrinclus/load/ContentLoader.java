package fr.terrinclus.load;

import fr.terrinclus.Identifiers;
import fr.terrinclus.IoMessages;
import fr.terrinclus.Limits;
import fr.terrinclus.Problem;
import fr.terrinclus.Problems;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the content folder: {@code site.yaml}, the vocabularies of {@code _data/}, the Markdown
 * files of each kind's folder (split into front matter and body) and the other files as assets.
 * Every file goes through {@link SourceTree}, so nothing outside the folder is read, and through
 * the size {@link Limits}.
 *
 * <p>Every problem is reported and loading goes on, so that one run lists them all.
 */
public final class ContentLoader {
    static final String SITE_FILE = "site.yaml";
    static final String THEMES_FILE = "_data/thematiques.yaml";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** What images may be: the formats every browser shows. SVG may hold scripts, so it is not one. */
    static final List<String> IMAGE_EXTENSIONS = List.of("png", "jpg", "jpeg", "gif", "webp", "avif");
    /** Files published as they are: images, and documents that browsers download or show inertly. */
    static final Set<String> ASSET_EXTENSIONS = Stream.concat(IMAGE_EXTENSIONS.stream(), Stream.of(
            "pdf", "odt", "ods", "odp", "odg", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "rtf", "csv", "txt",
            "json", "geojson", "epub", "zip", "mp3", "ogg", "oga", "mp4", "webm")).collect(Collectors.toUnmodifiableSet());

    private final YamlReader yaml = new YamlReader();

    /**
     * Loads {@code contentDir}. Paths in problems start with {@code contentDir} as given.
     *
     * @return the content, or empty when {@code site.yaml} is missing or unreadable
     */
    public Optional<LoadedContent> load(Path contentDir, Problems problems) {
        if (!Files.isDirectory(contentDir)) {
            problems.add(Problem.inFile(display(contentDir),
                    "dossier de contenu introuvable ; indiquez-le avec --content"));
            return Optional.empty();
        }
        Optional<SourceTree> walked = SourceTree.walk(contentDir, "dossier de contenu", problems::add);
        if (walked.isEmpty()) {
            return Optional.empty();
        }
        SourceTree tree = walked.get();
        Optional<YamlDocument> site = Optional.empty();
        Optional<YamlDocument> themes = Optional.empty();
        List<SourceDocument> documents = new ArrayList<>();
        List<String> assets = new ArrayList<>();
        for (String rel : tree.files().keySet()) {
            String file = tree.display(rel);
            if (rel.equals(SITE_FILE)) {
                site = readText(tree, rel, Limits.DATA_FILE_BYTES, problems).flatMap(t -> yamlFile(file, t, problems));
            } else if (rel.equals(THEMES_FILE)) {
                themes = readText(tree, rel, Limits.DATA_FILE_BYTES, problems).flatMap(t -> yamlFile(file, t, problems));
            } else if (rel.startsWith("_data/")) {
                problems.add(Problem.inFile(file, "fichier de données inconnu ; seul « thematiques.yaml » est lu dans _data/"));
            } else if (rel.endsWith(".md")) {
                document(tree, rel, problems).ifPresent(documents::add);
            } else if (asset(tree, rel, problems)) {
                assets.add(rel);
            }
        }
        if (site.isEmpty()) {
            // a link to nowhere or outside is reported by the walk; a folder is not
            if (Files.isDirectory(contentDir.resolve(SITE_FILE), LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Problem.inFile(tree.display(SITE_FILE), "« site.yaml » est un dossier : ce doit être "
                        + "le fichier de configuration du site"));
            } else if (tree.file(SITE_FILE).isEmpty() && !Files.exists(contentDir.resolve(SITE_FILE), LinkOption.NOFOLLOW_LINKS)) {
                problems.add(Problem.inFile(tree.display(SITE_FILE), "fichier de configuration du site manquant"));
            }
            return Optional.empty();
        }
        return Optional.of(new LoadedContent(site.get(), themes, documents, assets, tree));
    }

    /**
     * Whether {@code rel} may be published as it is. Only images and documents are: an HTML, SVG
     * or script file would run in readers' browsers with the site's authority.
     */
    private static boolean asset(SourceTree tree, String rel, Problems problems) {
        String file = tree.display(rel);
        int dot = rel.lastIndexOf('.');
        String extension = dot > rel.lastIndexOf('/') ? rel.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        if (!ASSET_EXTENSIONS.contains(extension)) {
            problems.add(Problem.inFile(file, "type de fichier " + (extension.isEmpty() ? "sans extension" : "« ." + extension
                    + " »") + " non publié : seuls les images (" + String.join(", ", IMAGE_EXTENSIONS)
                    + ") et les documents (pdf, odt, docx, xlsx, csv…) sont copiés dans le site"));
            return false;
        }
        try {
            long size = Files.size(tree.file(rel).orElseThrow());
            if (size > Limits.ASSET_BYTES) {
                problems.add(Problem.inFile(file, "fichier trop volumineux (" + size / (1024 * 1024) + " Mio) : la limite "
                        + "est " + Limits.bytes(Limits.ASSET_BYTES) + " ; réduisez-le ou publiez-le ailleurs et donnez son lien"));
                return false;
            }
        } catch (IOException e) {
            problems.add(Problem.inFile(file, "lecture impossible : " + IoMessages.french(e)));
            return false;
        }
        return true;
    }

    private Optional<YamlDocument> yamlFile(String file, String text, Problems problems) {
        if (text.isBlank()) {
            problems.add(Problem.inFile(file, "fichier vide"));
            return Optional.empty();
        }
        return yaml.read(file, text, 1, problems::add);
    }

    /**
     * Reads the Markdown file {@code rel} of {@code tree}, split into front matter and body; empty
     * with the reasons reported when it cannot be (misplaced, misnamed, too large, no front matter).
     */
    public Optional<SourceDocument> document(SourceTree tree, String rel, Problems problems) {
        String file = tree.display(rel);
        String[] parts = rel.split("/");
        Optional<ContentKind> kind = parts.length == 2 ? ContentKind.ofFolder(parts[0]) : Optional.empty();
        if (kind.isEmpty()) {
            problems.add(Problem.inFile(file, "page Markdown hors des dossiers de contenu ; placez-la dans "
                    + "guides/, projets/, partenaires/ ou pages/"));
            return Optional.empty();
        }
        String id = parts[1].substring(0, parts[1].length() - ".md".length());
        if (!ID.matcher(id).matches()) {
            problems.add(Problem.inFile(file, "nom de fichier « " + parts[1] + " » invalide : utilisez des minuscules "
                    + "sans accent, des chiffres et des tirets, par exemple « " + suggestId(id) + ".md »"));
            return Optional.empty();
        }
        Optional<String> text = readText(tree, rel, Limits.MARKDOWN_FILE_BYTES, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().isBlank()) {
            problems.add(Problem.inFile(file, "fichier vide : il faut au moins un en-tête YAML entre deux lignes « --- »"));
            return Optional.empty();
        }
        Optional<FrontMatter> split = FrontMatter.split(text.get());
        if (split.isEmpty()) {
            problems.add(new Problem(file, 1, 1, "en-tête YAML manquant : le fichier doit commencer par une ligne "
                    + "« --- », suivie des champs, puis d'une autre ligne « --- »"));
            return Optional.empty();
        }
        if (split.get().unclosed()) {
            problems.add(new Problem(file, 1, 1, "en-tête YAML non refermé : ajoutez une ligne « --- » après les champs"));
            return Optional.empty();
        }
        FrontMatter fm = split.get();
        int size = fm.yaml().getBytes(StandardCharsets.UTF_8).length;
        if (size > Limits.FRONT_MATTER_BYTES) {
            problems.add(new Problem(file, 1, 1, "en-tête YAML trop long (" + size / 1024 + " Kio) : la limite est "
                    + Limits.bytes(Limits.FRONT_MATTER_BYTES) + " ; placez les longs textes dans le corps de la page"));
            return Optional.empty();
        }
        return yaml.read(file, fm.yaml(), 2, problems::add)
                .map(doc -> new SourceDocument(rel, file, kind.get(), id, doc, fm.body(), fm.bodyLine()));
    }

    private static Optional<String> readText(SourceTree tree, String rel, long limit, Problems problems) {
        String file = tree.display(rel);
        byte[] bytes;
        try {
            bytes = tree.read(rel, limit);
        } catch (SourceTree.TooLarge e) {
            problems.add(Problem.inFile(file, "fichier trop volumineux : la limite est " + Limits.bytes(e.limit())
                    + " ; découpez-le en plusieurs pages"));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.inFile(file, "lecture impossible : " + IoMessages.french(e)));
            return Optional.empty();
        }
        Optional<String> text = TextDecoder.decode(bytes);
        if (text.isEmpty()) {
            Position at = TextDecoder.firstInvalidByte(bytes);
            problems.add(new Problem(file, at.line(), at.column(),
                    "le fichier n'est pas encodé en UTF-8 ; enregistrez-le en UTF-8 dans votre éditeur"));
        }
        return text;
    }

    /** A valid identifier close to {@code name}: what the editor most likely meant. */
    static String suggestId(String name) {
        return Identifiers.fold(name, "page");
    }

    static String display(Path path) {
        return path.toString().replace('\\', '/');
    }
}
