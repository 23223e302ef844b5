package fr.terrinclus.load;

import fr.terrinclus.Problem;
import fr.terrinclus.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the content folder: {@code site.yaml}, the vocabularies of {@code _data/}, the Markdown
 * files of each kind's folder (split into front matter and body) and the other files as assets.
 *
 * <p>Every problem is reported and loading goes on, so that one run lists them all.
 */
public final class ContentLoader {
    static final String SITE_FILE = "site.yaml";
    static final String THEMES_FILE = "_data/thematiques.yaml";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

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
        List<String> files = listFiles(contentDir, problems);
        Optional<YamlDocument> site = Optional.empty();
        Optional<YamlDocument> themes = Optional.empty();
        List<SourceDocument> documents = new ArrayList<>();
        List<String> assets = new ArrayList<>();
        for (String rel : files) {
            Path path = contentDir.resolve(rel);
            String file = display(path);
            if (rel.equals(SITE_FILE)) {
                site = readText(path, file, problems).flatMap(t -> yamlFile(file, t, problems));
            } else if (rel.equals(THEMES_FILE)) {
                themes = readText(path, file, problems).flatMap(t -> yamlFile(file, t, problems));
            } else if (rel.startsWith("_data/")) {
                problems.add(Problem.inFile(file, "fichier de données inconnu ; seul « thematiques.yaml » est lu dans _data/"));
            } else if (rel.endsWith(".md")) {
                document(rel, path, file, problems).ifPresent(documents::add);
            } else {
                assets.add(rel);
            }
        }
        if (site.isEmpty()) {
            if (!files.contains(SITE_FILE)) {
                problems.add(Problem.inFile(display(contentDir.resolve(SITE_FILE)),
                        "fichier de configuration du site manquant"));
            }
            return Optional.empty();
        }
        return Optional.of(new LoadedContent(site.get(), themes, documents, assets));
    }

    private Optional<YamlDocument> yamlFile(String file, String text, Problems problems) {
        if (text.isBlank()) {
            problems.add(Problem.inFile(file, "fichier vide"));
            return Optional.empty();
        }
        return yaml.read(file, text, 1, problems::add);
    }

    private Optional<SourceDocument> document(String rel, Path path, String file, Problems problems) {
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
        Optional<String> text = readText(path, file, problems);
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
        return yaml.read(file, fm.yaml(), 2, problems::add)
                .map(doc -> new SourceDocument(rel, file, kind.get(), id, doc, fm.body(), fm.bodyLine()));
    }

    private static Optional<String> readText(Path path, String file, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.add(Problem.inFile(file, "lecture impossible : " + e.getMessage()));
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

    private static List<String> listFiles(Path root, Problems problems) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(rel -> Stream.of(rel.split("/")).noneMatch(s -> s.startsWith(".")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            problems.add(Problem.inFile(display(root), "lecture du dossier impossible : " + e.getMessage()));
            return List.of();
        }
    }

    /** A valid identifier close to {@code name}: what the editor most likely meant. */
    static String suggestId(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "page" : slug;
    }

    static String display(Path path) {
        return path.toString().replace('\\', '/');
    }
}
