package fr.terrinclus.pipeline;

import fr.terrinclus.BuildFailure;
import fr.terrinclus.IoMessages;
import fr.terrinclus.Limits;
import fr.terrinclus.Problem;
import fr.terrinclus.Problems;
import fr.terrinclus.Workers;
import fr.terrinclus.cache.BuildCache;
import fr.terrinclus.cache.Fingerprint;
import fr.terrinclus.html.BodyDocument;
import fr.terrinclus.html.HtmlSanitizer;
import fr.terrinclus.link.LinkResolver;
import fr.terrinclus.link.UrlScheme;
import fr.terrinclus.load.ContentLoader;
import fr.terrinclus.load.LoadedContent;
import fr.terrinclus.load.SourceTree;
import fr.terrinclus.markdown.MarkdownRenderer;
import fr.terrinclus.markdown.RenderedMarkdown;
import fr.terrinclus.model.Entry;
import fr.terrinclus.model.Library;
import fr.terrinclus.model.SiteConfig;
import fr.terrinclus.reference.ReferenceData;
import fr.terrinclus.render.PageBody;
import fr.terrinclus.render.PageRenderer;
import fr.terrinclus.render.SiteRenderer;
import fr.terrinclus.render.Sitemap;
import fr.terrinclus.search.ClientIndex;
import fr.terrinclus.search.FacetLabels;
import fr.terrinclus.search.LuceneIndex;
import fr.terrinclus.search.SearchDocument;
import fr.terrinclus.search.SearchDocuments;
import fr.terrinclus.validate.ContentValidator;
import fr.terrinclus.validate.SchemaValidator;
import fr.terrinclus.write.OutputFile;
import fr.terrinclus.write.OutputFolder;
import fr.terrinclus.write.Publication;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs the pipeline: load content → validate → render Markdown → resolve links → render
 * templates → write. After each stage that found problems, the build stops with all of them.
 *
 * <p>Expensive objects (schemas, reference data, Markdown parser, sanitizer) are built once per
 * builder and may serve several builds.
 */
public final class SiteBuilder {
    static final String ACCESSIBILITY_PAGE = "accessibilite";
    /** Where the browser's search engine and its data go in the site. */
    static final String SEARCH_ENGINE = "recherche/moteur.js";
    static final String SEARCH_DATA = "recherche/donnees/";
    /** A page is written through a buffer of this many characters: most fit in one. */
    private static final int PAGE_BUFFER = 64 * 1024;
    private static final String BASE_URL = "https?://[^\\s]+";
    private final ReferenceData reference = ReferenceData.load();
    private final SchemaValidator schemas = new SchemaValidator();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private final HtmlSanitizer sanitizer = new HtmlSanitizer(markdown.footnoteMark());

    /**
     * Builds the site.
     *
     * @throws BuildFailure with every problem found, when the content or the theme is wrong
     */
    public BuildReport build(BuildOptions options) throws BuildFailure {
        try (Workers workers = new Workers(options.threads())) {
            return build(options, workers);
        }
    }

    private BuildReport build(BuildOptions options, Workers workers) throws BuildFailure {
        List<BuildReport.Stage> stages = new ArrayList<>();
        Problems problems = new Problems();
        long start = System.nanoTime();
        OutputFolder output = options.write() ? outputFolder(options) : null;
        BuildCache cache = output == null ? null : BuildCache.in(output.cache());
        Optional<Fingerprint.Result> fingerprint = output == null ? Optional.empty() : fingerprint(options, cache.stamps());
        if (fingerprint.isPresent() && upToDate(output, cache, fingerprint.get(), options)) {
            stage(stages, "empreinte", start, problems, "rien n'a changé depuis la dernière construction");
            return BuildReport.upToDate(stages);
        }

        LoadedContent content = new ContentLoader().load(options.content(), problems).orElse(null);
        start = stage(stages, "chargement", start, problems, content == null ? "" : content.documents().size() + " fichiers");

        Library library = validate(content, options, problems);
        start = stage(stages, "validation", start, problems, library == null ? "" : library.entries().size() + " pages");
        checkPageIds(library, options.content(), problems);
        start = stage(stages, "identifiants", start, problems, "");

        Map<String, Body> bodies = renderMarkdown(library, problems, workers);
        start = stage(stages, "markdown", start, problems, bodies.size() + " corps de page");

        Map<String, PageBody> pageBodies = resolveLinks(library, bodies, problems, workers);
        start = stage(stages, "liens", start, problems, "");

        SortedMap<String, SiteRenderer.Page> pages = new TreeMap<>();
        SiteRenderer renderer = null;
        String themeFile = display(options.theme());
        try {
            renderer = new SiteRenderer(library, new PageRenderer(options.theme(), library, problems::add), themeFile);
            pages = renderer.plan(pageBodies);
        } catch (IOException e) {
            problems.add(Problem.inFile(themeFile, "thème illisible : " + e.getMessage()));
        }
        if (problems.isEmpty()) {
            checkNavigation(library.site(), pages.keySet(), display(options.content().resolve("site.yaml")), problems);
        }
        start = stage(stages, "plan", start, problems, pages.size() + " pages HTML");

        List<SearchDocument> searchDocs = SearchDocuments.of(library, pageBodies, renderer::card);
        SortedMap<String, byte[]> searchFiles = ClientIndex.files(searchDocs, new FacetLabels(library, renderer::string),
                workers);
        start = stage(stages, "recherche", start, problems, searchDocs.size() + " pages indexées, "
                + searchFiles.size() + " fichiers");

        List<OutputFile> files = outputs(library, pages.keySet(), options, problems);
        searchFiles.forEach((path, bytes) -> files.add(OutputFile.generated(SEARCH_DATA + path, bytes)));
        files.add(OutputFile.generated(SEARCH_ENGINE, ClientIndex.engine()));
        addAssets(content, library, pages.keySet(), files, problems);
        start = stage(stages, "fichiers", start, problems, files.size() + " fichiers");

        List<SiteRenderer.Page> html = List.copyOf(pages.values());
        SiteRenderer pageRenderer = renderer;
        if (output == null) {
            workers.forEach(html, page -> render(pageRenderer, page, Writer.nullWriter(), problems));
            stage(stages, "gabarits", start, problems, html.size() + " pages HTML rendues");
        } else {
            // a publication starts only once the content is known to be right: starting one touches the output folder
            write(output, options, fingerprint, html, pageRenderer, files, searchDocs, workers, problems, stages, start);
        }
        return new BuildReport(html.size(), html.size() + files.size(), stages);
    }

    /** A page body: the Markdown's links with their positions, and the sanitized HTML being post-processed. */
    private record Body(RenderedMarkdown markdown, BodyDocument document) {
    }

    private Library validate(LoadedContent content, BuildOptions options, Problems problems) {
        Library library = new ContentValidator(schemas, reference)
                .validate(content, options.content(), options.drafts(), problems).orElse(null);
        if (options.baseUrl() != null && !options.baseUrl().matches(BASE_URL)) {
            problems.add(Problem.inFile("--base-url", "adresse « " + options.baseUrl()
                    + " » invalide : elle doit commencer par https:// ou http://"));
            return library;
        }
        // the schema's pattern lets a final line break through (Java's "$"): it would break robots.txt and the sitemap
        if (library != null && library.site().baseUrl() != null && !library.site().baseUrl().matches(BASE_URL)) {
            problems.add(Problem.inFile(display(options.content().resolve("site.yaml")), "« url_base » : l'adresse contient "
                    + "un espace ou un retour à la ligne ; écrivez-la sur une seule ligne, en commençant par https://"));
        }
        if (library != null && options.baseUrl() != null) {
            String url = options.baseUrl().endsWith("/") ? options.baseUrl() : options.baseUrl() + "/";
            return library.withSite(library.site().withBaseUrl(url));
        }
        return library;
    }

    private Map<String, Body> renderMarkdown(Library library, Problems problems, Workers workers) {
        List<Body> rendered = workers.map(library.entries(), entry -> {
            RenderedMarkdown md = markdown.render(entry.source(), problems::add);
            HtmlSanitizer.Sanitized clean = sanitizer.sanitize(md.html());
            reportRefused(entry, md, clean, problems);
            return new Body(md, new BodyDocument(clean.document()));
        });
        Map<String, Body> bodies = new HashMap<>();
        List<Entry> entries = library.entries();
        for (int i = 0; i < rendered.size(); i++) {
            bodies.put(entries.get(i).source().path(), rendered.get(i));
        }
        return bodies;
    }

    /**
     * What the sanitizer found that the site refuses, at the place the Markdown stage recorded for
     * the same address (or the start of the body when the markup spelled it otherwise).
     */
    private static void reportRefused(Entry entry, RenderedMarkdown md, HtmlSanitizer.Sanitized clean, Problems problems) {
        String file = entry.source().file();
        if (clean.tooDeep()) {
            problems.add(new Problem(file, entry.source().firstLine(), 1, "HTML imbriqué sur plus de " + Limits.HTML_DEPTH
                    + " niveaux : simplifiez-le ou écrivez-le en Markdown"));
        }
        for (HtmlSanitizer.Remote remote : clean.remote()) {
            var at = md.links().stream().filter(l -> l.image() && l.url().strip().equals(remote.url())).findFirst();
            problems.add(new Problem(file, at.map(l -> l.line()).orElse(entry.source().firstLine()),
                    at.map(l -> l.column()).orElse(1), "ressource « <" + remote.element() + " " + remote.attribute()
                    + "> » chargée depuis un autre site (« " + remote.url() + " ») : le site doit fonctionner hors ligne "
                    + "et sans informer des tiers ; enregistrez le fichier dans content/media/ et indiquez son chemin, "
                    + "ou faites-en un lien"));
        }
    }

    private static Map<String, PageBody> resolveLinks(Library library, Map<String, Body> bodies, Problems problems,
                                                      Workers workers) {
        Map<String, BodyDocument> documents = new HashMap<>();
        bodies.forEach((path, body) -> documents.put(path, body.document()));
        LinkResolver links = new LinkResolver(library.bySourcePath(), documents, new HashSet<>(library.assets()));
        // each task rewrites its own document and only reads the anchors of the others
        List<PageBody> resolved = workers.map(library.entries(), entry -> {
            Body body = bodies.get(entry.source().path());
            BodyDocument document = body.document();
            links.resolve(entry, document, body.markdown().links(), problems::add);
            return new PageBody(document.html(), document.text(), document.headings());
        });
        Map<String, PageBody> pageBodies = new HashMap<>();
        List<Entry> entries = library.entries();
        for (int i = 0; i < resolved.size(); i++) {
            pageBodies.put(entries.get(i).source().path(), resolved.get(i));
        }
        return pageBodies;
    }

    /**
     * Renders the pages and writes each as soon as it is rendered, on every worker, into a new
     * publication; the other files and, beside them, the editors' Lucene index follow. The
     * publication is swapped in only if everything went right: a template error leaves the
     * previous site as it was.
     */
    private static void write(OutputFolder output, BuildOptions options, Optional<Fingerprint.Result> fingerprint,
                              List<SiteRenderer.Page> pages,
                              SiteRenderer renderer, List<OutputFile> files, List<SearchDocument> searchDocs,
                              Workers workers, Problems problems, List<BuildReport.Stage> stages, long start)
            throws BuildFailure {
        String shown = display(options.out());
        try (Publication publication = output.begin(options.lockWait())) {
            CompletableFuture<Void> lucene = CompletableFuture.runAsync(() -> {
                try {
                    LuceneIndex.write(publication.searchIndexFolder(), searchDocs);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            try {
                workers.forEach(pages, page -> {
                    try (Writer out = new BufferedWriter(new OutputStreamWriter(publication.create(page.file()),
                            StandardCharsets.UTF_8), PAGE_BUFFER)) {
                        render(renderer, page, out, problems);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                long rendered = System.nanoTime();
                stages.add(new BuildReport.Stage("gabarits", (rendered - start) / 1_000_000,
                        pages.size() + " pages HTML rendues et écrites"));
                start = rendered;
                if (problems.isEmpty()) {
                    publication.write(files);
                }
            } catch (IOException e) {
                problems.add(Problem.inFile(shown, "écriture du site impossible : " + IoMessages.french(e)));
            } catch (UncheckedIOException e) {
                problems.add(Problem.inFile(shown, "écriture du site impossible : " + IoMessages.french(e.getCause())));
            }
            try {
                lucene.join();
            } catch (CompletionException e) {
                problems.add(Problem.inFile(shown, "écriture de l'index de recherche impossible : "
                        + (e.getCause() instanceof UncheckedIOException u ? IoMessages.french(u.getCause())
                        : e.getCause().getMessage())));
            }
            // recorded only if the inputs did not change while the build read them
            if (problems.isEmpty() && fingerprint.isPresent() && fingerprint.get().value()
                    .equals(fingerprint(options, fingerprint.get().stamps()).map(Fingerprint.Result::value).orElse(null))) {
                BuildCache.in(publication.cacheFolder()).record(fingerprint.get(), publication.siteFolder());
            }
            if (problems.isEmpty()) {
                publication.commit();
            }
        } catch (Publication.Interrupted e) {
            throw new BuildFailure(List.of(Problem.inFile(shown, e.getMessage())), BuildFailure.Kind.INTERRUPTED);
        } catch (IOException e) {
            problems.add(Problem.inFile(shown, "publication impossible : " + IoMessages.french(e)));
        }
        stage(stages, "écriture", start, problems, files.size() + " autres fichiers, index Lucene");
    }

    private static void render(SiteRenderer renderer, SiteRenderer.Page page, Writer out, Problems problems) {
        try {
            renderer.render(page, out, problems::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the site in place is the one this build would write, as its cache records. */
    private static boolean upToDate(OutputFolder output, BuildCache cache, Fingerprint.Result fingerprint,
                                    BuildOptions options) throws BuildFailure {
        try {
            return output.whileLocked(options.lockWait(),
                    () -> !output.interrupted() && cache.upToDate(fingerprint.value(), output.site()));
        } catch (IOException e) {
            throw new BuildFailure(List.of(Problem.inFile(display(options.out()), "publication impossible : "
                    + IoMessages.french(e))));
        }
    }

    /**
     * The fingerprint of what this build reads and of the options that change its output; empty
     * when a folder cannot be walked or read (the build then reports why).
     */
    private static Optional<Fingerprint.Result> fingerprint(BuildOptions options, Map<String, Fingerprint.Stamp> known) {
        List<Problem> ignored = new ArrayList<>();
        Optional<SourceTree> content = SourceTree.walk(options.content(), "dossier de contenu", ignored::add);
        Optional<SourceTree> theme = SourceTree.walk(options.theme(), "thème", ignored::add);
        if (content.isEmpty() || theme.isEmpty() || !ignored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Fingerprint.of(Map.of("contenu", content.get(), "thème", theme.get()),
                    "url_base=" + options.baseUrl() + "\nbrouillons=" + options.drafts(), known));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The output folder, refused before any work when writing there could destroy something. */
    private static OutputFolder outputFolder(BuildOptions options) throws BuildFailure {
        try {
            return OutputFolder.of(options.out(), List.of(options.content(), options.theme()));
        } catch (OutputFolder.Refused e) {
            throw new BuildFailure(List.of(Problem.inFile("--out", e.getMessage())), BuildFailure.Kind.USAGE);
        }
    }

    private static long stage(List<BuildReport.Stage> stages, String name, long start, Problems problems, String detail)
            throws BuildFailure {
        long now = System.nanoTime();
        stages.add(new BuildReport.Stage(name, (now - start) / 1_000_000, detail));
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems.sorted());
        }
        return now;
    }

    /**
     * Plain pages live at the root of the site, so they may not take a name the generator uses;
     * the accessibility page is required by RGAA and linked from every page.
     */
    private static void checkPageIds(Library library, Path content, Problems problems) {
        if (library.pages().stream().noneMatch(p -> p.id().equals(ACCESSIBILITY_PAGE))) {
            problems.add(Problem.inFile(display(content.resolve("pages/" + ACCESSIBILITY_PAGE + ".md")),
                    "page « Accessibilité » manquante : le RGAA impose une déclaration d'accessibilité "
                            + "accessible depuis chaque page"));
        }
        for (var page : library.pages()) {
            if (UrlScheme.RESERVED.contains(page.id())) {
                problems.add(Problem.inFile(page.source().file(), "le nom « " + page.id() + " » est réservé par le "
                        + "générateur ; renommez la page"));
            }
        }
    }

    /** Menu and footer links of {@code site.yaml} must lead to pages of the site. */
    private static void checkNavigation(SiteConfig site, Set<String> html, String siteFile, Problems problems) {
        List<SiteConfig.NavLink> links = new ArrayList<>(site.menu());
        links.addAll(site.footer());
        for (SiteConfig.NavLink link : links) {
            if (!html.contains(UrlScheme.file(link.target()))) {
                problems.add(Problem.inFile(siteFile, "lien « " + link.title() + " » du menu : la page « "
                        + link.target() + " » n'existe pas dans le site"));
            }
        }
    }

    /** Every file but the HTML pages; {@code html} are the pages' site files. */
    private static List<OutputFile> outputs(Library library, Set<String> html, BuildOptions options,
                                            Problems problems) {
        List<OutputFile> files = new ArrayList<>();
        String base = library.site().baseUrl();
        if (base != null) {
            files.add(OutputFile.generated("sitemap.xml", Sitemap.xml(base, html).getBytes(StandardCharsets.UTF_8)));
        }
        files.add(OutputFile.generated("robots.txt", Sitemap.robots(base).getBytes(StandardCharsets.UTF_8)));
        for (String name : SchemaValidator.SCHEMAS) {
            files.add(OutputFile.generated("schemas/" + name + ".schema.json", SchemaValidator.schemaBytes(name)));
        }
        Path statics = options.theme().resolve("static");
        if (Files.isDirectory(statics)) {
            SourceTree.walk(statics, "dossier static du thème", problems::add).ifPresent(tree ->
                    tree.files().forEach((rel, real) -> files.add(OutputFile.copy("assets/" + rel, real))));
        }
        return files;
    }

    /**
     * Adds the content's images and documents, through their real paths. One may not take the
     * place of a file the generator writes ({@code robots.txt}, a search script, the theme's CSS).
     */
    private static void addAssets(LoadedContent content, Library library, Set<String> html, List<OutputFile> files,
                                  Problems problems) {
        Set<String> generated = new HashSet<>(html);
        files.forEach(f -> generated.add(f.path()));
        for (String asset : library.assets()) {
            if (generated.contains(asset) || asset.equals(OutputFolder.MARKER)) {
                problems.add(Problem.inFile(content.tree().display(asset), "ce fichier prendrait la place de « " + asset
                        + " », que le générateur produit ; renommez-le ou placez-le dans media/"));
            } else {
                files.add(OutputFile.copy(asset, content.tree().file(asset).orElseThrow()));
            }
        }
    }

    private static String display(Path path) {
        return path.toString().replace('\\', '/');
    }
}
