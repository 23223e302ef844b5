package fr.terrinclus.validate;

import fr.terrinclus.Suggestions;
import fr.terrinclus.load.ContentPaths;
import fr.terrinclus.model.Attachment;
import fr.terrinclus.model.PartialDate;
import fr.terrinclus.model.PartnerProfile;
import fr.terrinclus.model.Theme;
import fr.terrinclus.reference.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/** The checks of one entry that need more than its schema: reference data, vocabulary, files. */
final class EntryChecks {
    private final Fields fields;
    private final ReferenceData reference;
    private final List<Theme> themes;
    private final Set<String> assets;
    private final Path contentDir;
    private final String docPath;

    EntryChecks(Fields fields, ReferenceData reference, List<Theme> themes, Set<String> assets, Path contentDir,
                String docPath) {
        this.fields = fields;
        this.reference = reference;
        this.themes = themes;
        this.assets = assets;
        this.contentDir = contentDir;
        this.docPath = docPath;
    }

    Fields fields() {
        return fields;
    }

    PartialDate date(JsonNode root, String pointer) {
        return fields.date(root, pointer);
    }

    void order(PartialDate start, PartialDate end) {
        if (start != null && end != null && end.compareTo(start) < 0) {
            fields.error("/dates/fin", "« dates.fin » (" + end.iso() + ") précède « dates.debut » (" + start.iso() + ")");
        }
    }

    List<String> themes(JsonNode root) {
        List<String> ids = Fields.texts(root, "thematiques");
        List<String> known = themes.stream().map(Theme::id).toList();
        for (int i = 0; i < ids.size(); i++) {
            if (!known.contains(ids.get(i))) {
                fields.error("/thematiques/" + i, "thématique « " + ids.get(i) + " » absente du vocabulaire "
                        + "(_data/thematiques.yaml)" + Suggestions.didYouMean(ids.get(i), known));
            }
        }
        return ids;
    }

    /** The country code at {@code pointer}, reported when not an ISO 3166 code. */
    String country(JsonNode root, String pointer) {
        return code(root, pointer, c -> reference.country(c).isPresent(), c -> "code pays « " + c + " » inconnu"
                + Suggestions.didYouMean(c, reference.countryCodes())
                + " ; utilisez le code ISO 3166 à deux lettres, par exemple \"SN\" pour le Sénégal");
    }

    /** The department code at {@code pointer}, reported when not one of the 101 departments. */
    String department(JsonNode root, String pointer) {
        return code(root, pointer, c -> reference.department(c).isPresent(), c -> "« " + c
                + " » n'est pas le code INSEE d'un des 101 départements" + Suggestions.didYouMean(c, reference.departmentCodes()));
    }

    private String code(JsonNode root, String pointer, Predicate<String> known, UnaryOperator<String> problem) {
        JsonNode value = root.at(pointer);
        if (value.isMissingNode()) {
            return null;
        }
        String code = value.asString();
        if (!known.test(code)) {
            fields.error(pointer, "« " + FieldPath.describe(pointer) + " » : " + problem.apply(code));
        }
        return code;
    }

    PartnerProfile.Logo logo(JsonNode root) {
        JsonNode logo = root.get("logo");
        if (logo == null) {
            return null;
        }
        if (logo.path("alt").asString().isBlank()) {
            fields.error("/logo/alt", "« logo.alt » est vide : un logo porte le nom de l'organisme, "
                    + "écrivez-le comme alternative textuelle");
        }
        return new PartnerProfile.Logo(file(logo.path("fichier").asString(), "/logo/fichier").orElse(null),
                logo.path("alt").asString());
    }

    List<Attachment> documents(JsonNode root) {
        List<Attachment> out = new ArrayList<>();
        JsonNode list = root.path("documents");
        for (int i = 0; i < list.size(); i++) {
            JsonNode d = list.get(i);
            String title = d.path("titre").asString();
            String language = Fields.text(d, "langue");
            if (d.has("fichier")) {
                Optional<String> file = file(d.path("fichier").asString(), "/documents/" + i + "/fichier");
                if (file.isPresent()) {
                    String format = d.has("format") ? d.path("format").asString() : extension(file.get());
                    out.add(new Attachment(title, file.get(), null, format, size(file.get()), language));
                }
            } else {
                String url = d.path("url").asString();
                String format = d.has("format") ? d.path("format").asString() : extension(url);
                out.add(new Attachment(title, null, url, format, d.path("taille_octets").asLong(-1), language));
            }
        }
        return out;
    }

    /** Resolves {@code relative} against the entry's folder; reports a file that does not exist. */
    Optional<String> file(String relative, String pointer) {
        Optional<String> resolved = ContentPaths.resolve(docPath, relative);
        if (resolved.isEmpty() || !assets.contains(resolved.get())) {
            fields.error(pointer, "fichier « " + relative + " » introuvable"
                    + resolved.map(r -> " (cherché dans content/" + r + ")").orElse(" : il sort du dossier de contenu"));
            return Optional.empty();
        }
        return resolved;
    }

    private long size(String file) {
        try {
            return Files.size(contentDir.resolve(file));
        } catch (IOException e) {
            return -1;
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot > slash && dot >= 0 ? name.substring(dot + 1).toUpperCase(Locale.ROOT) : "";
    }
}
