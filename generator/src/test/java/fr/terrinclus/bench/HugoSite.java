package fr.terrinclus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Converts a Terrinclus content folder into a Hugo site doing comparable work: the same Markdown
 * bodies, their links to other entries rewritten as {@code relref} shortcodes (so Hugo checks
 * them), YAML front matter with the taxonomies thematiques, odd, pays and departements, and small
 * but real layouts: every entry with its terms, paginated section and term lists, term indexes.
 * Plain pages go to the site's root, as in Terrinclus.
 */
final class HugoSite {
    private static final List<String> FOLDERS = List.of("guides", "projets", "partenaires", "pages");
    private static final Pattern LINK = Pattern.compile("]\\(\\.\\./([a-z]+)/([a-z0-9-]+)\\.md\\)");
    private static final YAMLMapper YAML = new YAMLMapper();

    private static final String BASE = """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ .Title }} – {{ site.Title }}</title>
            {{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
            </head>
            <body>
            <header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
            <nav aria-label="Menu principal"><ul>
            {{ range site.Menus.main }}<li><a href="{{ .URL | relURL }}">{{ .Name }}</a></li>{{ end }}
            </ul></nav>
            </header>
            <main id="contenu">{{ block "main" . }}{{ end }}</main>
            <footer><ul>{{ range site.Menus.footer }}<li><a href="{{ .URL | relURL }}">{{ .Name }}</a></li>{{ end }}</ul></footer>
            </body>
            </html>
            """;
    private static final String SINGLE = """
            {{ define "main" }}<article data-pagefind-body>
            <h1>{{ .Title }}</h1>
            {{ with .Description }}<p class="resume">{{ . }}</p>{{ end }}
            {{ .Content }}
            {{ range $taxonomy, $_ := site.Taxonomies }}{{ with $.GetTerms $taxonomy }}
            <h2>{{ $taxonomy | humanize }}</h2>
            <ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>
            {{ end }}{{ end }}
            </article>{{ end }}
            """;
    private static final String LIST = """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            <ul>{{ range .Paginator.Pages }}
            <li><a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ with .Description }}<p>{{ . }}</p>{{ end }}</li>
            {{ end }}</ul>
            {{ template "_internal/pagination.html" . }}{{ end }}
            """;
    private static final String TAXONOMY = """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            <ul>{{ range .Data.Terms.Alphabetical }}
            <li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>
            {{ end }}</ul>{{ end }}
            """;

    private HugoSite() {
    }

    /** Writes the Hugo site for {@code content} into {@code site}. */
    static void write(Path content, Path site) throws IOException {
        JsonNode config = YAML.readTree(content.resolve("site.yaml").toFile());
        Files.createDirectories(site.resolve("layouts/_default"));
        Files.writeString(site.resolve("hugo.yaml"), config(config));
        Map<String, String> layouts = Map.of("baseof", BASE, "single", SINGLE, "list", LIST, "taxonomy", TAXONOMY);
        for (Map.Entry<String, String> layout : layouts.entrySet()) {
            Files.writeString(site.resolve("layouts/_default/" + layout.getKey() + ".html"), layout.getValue());
        }
        for (String folder : FOLDERS) {
            try (Stream<Path> files = Files.list(content.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    String id = file.getFileName().toString().replaceFirst("\\.md$", "");
                    Path target = site.resolve("content").resolve(hugoPath(folder, id).substring(1));
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, convert(folder, id, Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
        }
    }

    private static String config(JsonNode site) {
        StringBuilder footer = new StringBuilder();
        int weight = 0;
        for (JsonNode link : site.path("pied_de_page")) {
            footer.append("    - {name: \"").append(link.path("titre").asString()).append("\", url: /")
                    .append(link.path("lien").asString()).append(", weight: ").append(++weight).append("}\n");
        }
        return """
                baseURL: https://exemple.org/
                languageCode: fr
                defaultContentLanguage: fr
                title: "%s"
                disableKinds: [RSS, sitemap, robotsTXT]
                paginate: %d
                taxonomies:
                  thematique: thematiques
                  odd: odd
                  pays: pays
                  departement: departements
                menu:
                  main:
                    - {name: Guides, url: /guides/, weight: 1}
                    - {name: Projets, url: /projets/, weight: 2}
                    - {name: Partenaires, url: /partenaires/, weight: 3}
                    - {name: Thématiques, url: /thematiques/, weight: 4}
                    - {name: ODD, url: /odd/, weight: 5}
                    - {name: Pays, url: /pays/, weight: 6}
                    - {name: Départements, url: /departements/, weight: 7}
                  footer:
                %s""".formatted(site.path("titre").asString(), site.path("elements_par_page").asInt(20), footer);
    }

    /** The page's path in Hugo's content folder, as {@code relref} takes it. */
    private static String hugoPath(String folder, String id) {
        return folder.equals("pages") ? "/" + id + ".md" : "/" + folder + "/" + id + ".md";
    }

    private static String convert(String folder, String id, String source) throws IOException {
        int end = source.indexOf("\n---\n", 4);
        JsonNode meta = YAML.readTree(source.substring(4, end));
        String body = source.substring(end + 5);
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", meta.has("titre") ? meta.path("titre").asString() : meta.path("nom").asString());
        if (meta.has("resume")) {
            front.put("description", meta.path("resume").asString());
        }
        if (meta.has("date_publication")) {
            String date = meta.path("date_publication").asString();
            front.put("date", date + "-01-01".substring(date.length() - 4));
        }
        if (folder.equals("pages")) {
            front.put("url", "/" + id + "/");
        }
        front.put("thematiques", texts(meta.path("thematiques")));
        front.put("odd", texts(meta.path("odd")));
        front.put("pays", texts(meta.path("pays")));
        front.put("departements", texts(meta.has("code_insee") ? meta.path("code_insee") : meta.path("departements")));
        Matcher link = LINK.matcher(body);
        String linked = link.replaceAll(m -> Matcher.quoteReplacement(
                "]({{< relref \"" + hugoPath(m.group(1), m.group(2)) + "\" >}})"));
        return YAML.writeValueAsString(front) + "---\n" + linked;
    }

    /** A value or list of values as texts; none when missing. */
    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asString()));
        } else if (!node.isMissingNode()) {
            out.add(node.asString());
        }
        return out;
    }
}
