package fr.terrinclus.pipeline;

import fr.terrinclus.BuildFailure;
import fr.terrinclus.IoMessages;
import fr.terrinclus.Problem;
import fr.terrinclus.Problems;
import fr.terrinclus.Workers;
import fr.terrinclus.cache.BuildCache;
import fr.terrinclus.cache.Fingerprint;
import fr.terrinclus.html.PageBody;
import fr.terrinclus.link.LinkResolver;
import fr.terrinclus.link.UrlScheme;
import fr.terrinclus.load.ContentLoader;
import fr.terrinclus.load.LoadedContent;
import fr.terrinclus.load.SourceTree;
import fr.terrinclus.model.Entry;
import fr.terrinclus.model.Library;
import fr.terrinclus.model.SourceText;
import fr.terrinclus.render.PageRenderer;
import fr.terrinclus.render.SiteRenderer;
import fr.terrinclus.render.Sitemap;
import fr.terrinclus.search.ClientIndex;
import fr.terrinclus.search.SearchDocument;
import fr.terrinclus.search.SearchDocuments;
import fr.terrinclus.search.SearchLabels;
import fr.terrinclus.validate.ContentValidator;
import fr.terrinclus.validate.SchemaValidator;
import fr.terrinclus.write.OutputFile;
import fr.terrinclus.write.OutputFolder;
import fr.terrinclus.write.OutputSink;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * Runs the pipeline: load content → validate → render Markdown → resolve links → render
 * templates → write. After each stage that found problems, the build stops with all of them. A
 * build whose inputs are those of the site in place, as its cache records, stops at once.
 *
 * <p>Expensive objects (schemas, reference data, Markdown parser, sanitizer) are built once per
 * builder, at its first build that has work to do, and serve every later one.
 */
public final class SiteBuilder {
    static final String ACCESSIBILITY_PAGE = "accessibilite";
    /** Where the browser's search engine and its data go in the site. */
    static final String SEARCH_ENGINE = "recherche/moteur.js";
    public static final String SEARCH_DATA = "recherche/donnees/";
    /** A page is written through a buffer of this many characters: most fit in one. */
    private static final int PAGE_BUFFER = 64 * 1024;
    private static final String BASE_URL = "https?://[^\\s]+";
    private Tools tools;

    private synchronized Tools tools() {
        if (tools == null) {
            tools = Tools.make();
        }
        return tools;
    }

    /**
     * Builds the site.
     *
     * @throws BuildFailure with every problem found, when the content or the theme is wrong
     */
    public BuildReport build(BuildOptions options) throws BuildFailure {
        return build(options, BuildListener.NONE);
    }

    /**
     * Builds the site, telling {@code listener} how it goes.
     *
     * @throws BuildFailure with every problem found, when the content or the theme is wrong
     */
    public BuildReport build(BuildOptions options, BuildListener listener) throws BuildFailure {
        try (Workers workers = new Workers(options.threads())) {
            return build(options, workers, listener);
        }
    }

    private BuildReport build(BuildOptions options, Workers workers, BuildListener listener) throws BuildFailure {
        Problems problems = new Problems();
        Stages stages = new Stages(problems, listener);
        OutputFolder output = options.write() ? outputFolder(options) : null;
        Optional<Fingerprint.Result> fingerprint = Optional.empty();
        if (output != null) {
            BuildCache cache = BuildCache.in(output.cache());
            // the walk of the site runs while the inputs are hashed; what matters is checked again under the lock
            CompletableFuture<Boolean> files = cache.fingerprint().isEmpty() ? CompletableFuture.completedFuture(false)
                    : CompletableFuture.supplyAsync(() -> cache.holdsItsFiles(output.site()));
            fingerprint = fingerprint(options, cache.stamps());
            if (fingerprint.isPresent() && upToDate(output, cache, fingerprint.get(), files, options)) {
                stages.end("empreinte", "rien n'a changé depuis la dernière construction");
                return BuildReport.upToDate(stages.list());
            }
        }

        LoadedContent content = new ContentLoader().load(options.content(), problems).orElse(null);
        stages.end("chargement", content == null ? "" : content.documents().size() + " fichiers");
        Library library = validate(content, options, problems);
        stages.end("validation", library == null ? "" : library.entries().size() + " pages");
        checkPageIds(library, options.content(), problems);
        stages.end("identifiants", "");
        SourceTree contentTree = content.tree();
        // from here on, the content lives in the library only
        content = null;

        // each entry's Markdown is held only until its body is made
        ArrayList<SourceText> markdown = new ArrayList<>(library.entries().stream().map(Entry::source).toList());
        library = library.withoutMarkdown();
        Map<String, PageBody> bodies = bodies(library, markdown, problems, workers, stages, listener);
        SiteRenderer renderer = null;
        SiteRenderer.Plan plan = new SiteRenderer.Plan(Collections.emptySortedSet(), new ArrayList<>());
        String themeFile = display(options.theme());
        try {
            renderer = new SiteRenderer(library, new PageRenderer(options.theme(), library, problems::add), themeFile);
            plan = renderer.plan(bodies);
        } catch (IOException e) {
            problems.add(Problem.inFile(themeFile, "thème illisible : " + e.getMessage()));
        }
        if (problems.isEmpty()) {
            LinkResolver.checkNavigation(library.site(), plan.files(), display(options.content().resolve("site.yaml")), problems);
        }
        List<OutputFile> files = outputs(library, plan.files(), options, problems);
        addAssets(contentTree, library, plan.files(), files, problems);
        stages.end("plan", plan.files().size() + " pages HTML, " + files.size() + " autres fichiers");

        int pages = plan.files().size();
        SearchLabels labels = renderer.searchLabels();
        Production production = new Production(SearchDocuments.of(library, bodies::get, labels), labels::facet, renderer, plan,
                files, workers, problems, stages, listener);
        // the bodies now live in the documents being indexed and in the pages showing them, each freed once used
        bodies = null;
        if (output == null) {
            try {
                return new BuildReport(pages, production.into(OutputSink.DISCARD), stages.list());
            } catch (IOException | UncheckedIOException e) {
                throw new BuildFailure(List.of(Problem.inFile(display(options.content()),
                        "vérification impossible : " + french(e))));
            }
        }
        String shown = display(options.out());
        int written = 0;
        try (Publication publication = output.begin(options.lockWait())) {
            written = production.into(publication);
            // recorded only if the inputs did not change while the build read them
            if (fingerprint.isPresent() && fingerprint.get().value()
                    .equals(fingerprint(options, fingerprint.get().stamps()).map(Fingerprint.Result::value).orElse(null))) {
                BuildCache.in(publication.cacheFolder()).record(fingerprint.get(), publication.siteFolder());
            }
            publication.commit();
        } catch (Publication.Interrupted e) {
            throw new BuildFailure(List.of(Problem.inFile(shown, e.getMessage())), BuildFailure.Kind.INTERRUPTED);
        } catch (IOException | UncheckedIOException e) {
            problems.add(Problem.inFile(shown, "écriture du site impossible : " + french(e)));
        }
        stages.end("publication", "");
        return new BuildReport(pages, written, stages.list());
    }

    /**
     * Every file of the site, produced into a sink once the content is known to be right: each
     * page as soon as it is rendered, then the search index, then the other files. What has been
     * written is dropped: each page once rendered, so that the bodies' HTML is gone when the index
     * is built (at 10,000 pages that is 12 % less peak memory and 13 % less time), the search
     * documents once indexed.
     */
    private static final class Production {
        private List<SearchDocument> docs;
        private final BiFunction<String, String, String> labels;
        private final SiteRenderer renderer;
        private final SiteRenderer.Plan plan;
        private final List<OutputFile> files;
        private final Workers workers;
        private final Problems problems;
        private final Stages stages;
        private final BuildListener listener;

        Production(List<SearchDocument> docs, BiFunction<String, String, String> labels, SiteRenderer renderer, SiteRenderer.Plan plan,
                   List<OutputFile> files, Workers workers, Problems problems, Stages stages, BuildListener listener) {
            // the index takes the documents out of this list as it indexes them
            this.docs = new ArrayList<>(docs);
            this.labels = labels;
            this.renderer = renderer;
            this.plan = plan;
            this.files = files;
            this.workers = workers;
            this.problems = problems;
            this.stages = stages;
            this.listener = listener;
        }

        /**
         * Writes everything into {@code sink}; returns the number of site files. Once only.
         *
         * @throws BuildFailure on template problems, the stage's problems with them
         */
        int into(OutputSink sink) throws BuildFailure, IOException {
            int pages = plan.pages().size();
            listener.working("gabarits", pages);
            workers.consume(plan.pages(), page -> {
                try (Writer out = new BufferedWriter(new OutputStreamWriter(sink.create(page.file()),
                        StandardCharsets.UTF_8), PAGE_BUFFER)) {
                    renderer.render(page, out, problems::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                listener.pageDone();
            });
            stages.end("gabarits", pages + " pages HTML");
            listener.working("recherche", -1);
            int search = writeSearch(sink);
            docs = null;
            stages.end("recherche", search + " fichiers");
            sink.write(files);
            stages.end("fichiers", files.size() + " fichiers");
            return search + pages + files.size();
        }

        /**
         * Writes the browser's index and engine (the editors' {@code search} reads the same index);
         * returns the number of files written into the site.
         */
        private int writeSearch(OutputSink sink) throws IOException {
            BiConsumer<String, byte[]> out = (name, bytes) -> {
                try {
                    sink.write(OutputFile.generated(SEARCH_DATA + name, bytes));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            int index = ClientIndex.write(docs, labels, workers, out);
            sink.write(OutputFile.generated(SEARCH_ENGINE, ClientIndex.engine()));
            return index + 1;
        }
    }

    private Library validate(LoadedContent content, BuildOptions options, Problems problems) {
        Library library = new ContentValidator(tools().schemas(), tools().reference())
                .validate(content, options.content(), options.drafts(), problems).orElse(null);
        return withOptions(library, options, problems);
    }

    /**
     * {@code library} with the options' base URL, which is checked (the schema checks the one of
     * {@code site.yaml}); null stays null.
     */
    static Library withOptions(Library library, BuildOptions options, Problems problems) {
        if (options.baseUrl() != null && !options.baseUrl().matches(BASE_URL)) {
            problems.add(Problem.inFile("--base-url", "adresse « " + options.baseUrl()
                    + " » invalide : elle doit commencer par https:// ou http://"));
            return library;
        }
        if (library != null && options.baseUrl() != null) {
            String url = options.baseUrl().endsWith("/") ? options.baseUrl() : options.baseUrl() + "/";
            return library.withSite(library.site().withBaseUrl(url));
        }
        return library;
    }

    /** The bodies of all entries, by source path; then the anchors other pages link to are checked. */
    /**
     * The body of every entry of {@code library}, whose Markdown, entry by entry in the library's
     * order, {@code markdown} holds and gives up as each body is made.
     */
    private Map<String, PageBody> bodies(Library library, ArrayList<SourceText> markdown, Problems problems,
                                         Workers workers, Stages stages, BuildListener listener) throws BuildFailure {
        Bodies maker = new Bodies(tools(), library);
        List<Entry> entries = library.entries();
        listener.working("markdown", entries.size());
        List<Bodies.Body> rendered = workers.mapTaking(markdown, source -> {
            Bodies.Body body = maker.make(library.bySourcePath().get(source.path()), source, problems::add);
            listener.pageDone();
            return body;
        });
        Map<String, Bodies.Body> byPath = new HashMap<>();
        for (int i = 0; i < rendered.size(); i++) {
            byPath.put(entries.get(i).source().path(), rendered.get(i));
        }
        Bodies.checkAnchors(byPath, problems::add);
        Map<String, PageBody> bodies = new HashMap<>();
        byPath.forEach((path, body) -> bodies.put(path, body.page()));
        stages.end("markdown", bodies.size() + " corps de page, liens et ancres vérifiés");
        return bodies;
    }

    /** Whether the site in place is the one this build would write, as its cache records. */
    private static boolean upToDate(OutputFolder output, BuildCache cache, Fingerprint.Result fingerprint,
                                    CompletableFuture<Boolean> files, BuildOptions options) throws BuildFailure {
        try {
            // a publication meanwhile would have replaced the folder, which upToDate sees by its identity
            return output.whileLocked(options.lockWait(),
                    () -> !output.interrupted() && cache.upToDate(fingerprint.value(), output.site(), files.join()));
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

    /**
     * Plain pages live at the root of the site, so they may not take a name the generator uses;
     * the accessibility page is required by RGAA and linked from every page.
     */
    static void checkPageIds(Library library, Path content, Problems problems) {
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

    /** Every file but the HTML pages; {@code html} are the pages' site files. */
    static List<OutputFile> outputs(Library library, Set<String> html, BuildOptions options,
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
    static void addAssets(SourceTree content, Library library, Set<String> html, List<OutputFile> files,
                                  Problems problems) {
        Set<String> generated = new HashSet<>(html);
        files.forEach(f -> generated.add(f.path()));
        for (String asset : library.assets()) {
            // the search index's files, named once it is built, are scripts: no asset is one
            if (generated.contains(asset) || asset.equals(OutputFolder.MARKER)) {
                problems.add(Problem.inFile(content.display(asset), "ce fichier prendrait la place de « " + asset
                        + " », que le générateur produit ; renommez-le ou placez-le dans media/"));
            } else {
                files.add(OutputFile.copy(asset, content.file(asset).orElseThrow()));
            }
        }
    }

    /** An I/O failure in French; an unchecked one is a worker's, its cause says what failed. */
    private static String french(Exception e) {
        return IoMessages.french(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
    }

    static String display(Path path) {
        return path.toString().replace('\\', '/');
    }
}
