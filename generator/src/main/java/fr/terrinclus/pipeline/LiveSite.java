package fr.terrinclus.pipeline;

import fr.terrinclus.BuildFailure;
import fr.terrinclus.Problem;
import fr.terrinclus.Problems;
import fr.terrinclus.Workers;
import fr.terrinclus.html.PageBody;
import fr.terrinclus.link.LinkResolver;
import fr.terrinclus.load.ContentKind;
import fr.terrinclus.load.ContentLoader;
import fr.terrinclus.load.LoadedContent;
import fr.terrinclus.load.SourceDocument;
import fr.terrinclus.load.SourceTree;
import fr.terrinclus.model.Entry;
import fr.terrinclus.model.Library;
import fr.terrinclus.render.PageGroup;
import fr.terrinclus.render.PageRenderer;
import fr.terrinclus.render.SiteRenderer;
import fr.terrinclus.search.ClientIndex;
import fr.terrinclus.search.LiveIndex;
import fr.terrinclus.search.SearchDocuments;
import fr.terrinclus.search.SearchLabels;
import fr.terrinclus.validate.Assembly;
import fr.terrinclus.validate.ContentValidator;
import fr.terrinclus.write.OutputFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A site kept in memory between builds, for a live preview. The first {@link #update} builds
 * everything; each later one is told which content files changed and redoes only what they touch:
 * the changed files are read and checked again, the references between entries are checked
 * against the others kept in memory, the bodies of the changed entries (and, when an entry comes
 * or goes, of the entries that link to it) are rendered, the groups of pages that show a changed
 * entry ({@link SiteRenderer#groupsShowing}) are planned again, and a page is rendered only when
 * its model changed or it looked up a changed entry. Only the files whose bytes differ are
 * returned. A change of anything but an entry's Markdown file ({@code site.yaml}, the vocabulary,
 * an image, the theme) rebuilds everything, still in memory.
 *
 * <p>After every update the files equal those of a clean build of the same content, byte for
 * byte. An update that finds problems keeps the last good site and remembers what changed: the
 * next one starts from there. One update at a time.
 */
public final class LiveSite implements AutoCloseable {
    private final BuildOptions options;
    private final Workers workers;
    private final Tools tools = Tools.make();
    private final ContentLoader loader = new ContentLoader();
    private final ContentValidator validator;
    private final String themeFile;

    // the content as it is on disk
    private SourceTree tree;
    private ContentValidator.Settings settings;
    private ContentValidator.Vocabulary vocabulary;
    private List<String> assets;
    /** The drafts of the entry files, put together with their references checked. */
    private final Assembly drafts;
    /** The problems of reading each entry file that has some, and those of checking it alone. */
    private final Map<String, List<Problem>> loadProblems = new TreeMap<>();
    private final Map<String, List<Problem>> draftProblems = new TreeMap<>();
    /** Entry files changed since the last site built without problems. */
    private final Set<String> pending = new TreeSet<>();
    /** Whether the next update reads everything: until a full build succeeded, or after any other change. */
    private boolean rebuildAll = true;

    // the last site built without problems
    private Library library;
    private SiteRenderer renderer;
    private final Map<String, Bodies.Body> bodies = new HashMap<>();
    /** For each entry, the entries whose bodies link to one of its anchors. */
    private final Map<String, Set<String>> anchorLinkers = new HashMap<>();
    // changed in place once an update succeeded: copying them would cost each update as much as
    // all its other work on a large site
    private final SortedSet<String> html = new TreeSet<>();
    private final Map<String, SiteRenderer.Page> pages = new HashMap<>();
    private final Map<PageGroup, Set<String>> groupFiles = new HashMap<>();
    /** What each page's templates looked up, and the other way round, the pages that looked up each key. */
    private final Map<String, Set<String>> lookups = new HashMap<>();
    private final Map<String, Set<String>> lookedUpBy = new HashMap<>();
    /** Every file of the site and the SHA-256 of its bytes. */
    private final Map<String, byte[]> digests = new HashMap<>();
    private final LiveIndex searchIndex = new LiveIndex();
    /** The search documents of the last site: they serve as long as the theme's words are the same. */
    private SearchDocuments.Memo searchDocs = SearchDocuments.Memo.NONE;

    /** A live site of {@code options}' content and theme; nothing is read before the first {@link #update}. */
    public LiveSite(BuildOptions options) {
        this.options = options;
        this.workers = new Workers(options.threads());
        this.validator = new ContentValidator(tools.schemas(), tools.reference());
        this.drafts = validator.assembly(options.drafts());
        this.themeFile = SiteBuilder.display(options.theme());
    }

    /**
     * What an update changed in the site.
     *
     * @param written the files whose bytes changed or that are new, by site path
     * @param removed the files that are no longer part of the site
     * @param stages  what each stage did and how long it took
     */
    public record Update(SortedMap<String, OutputFile> written, SortedSet<String> removed,
                         List<BuildReport.Stage> stages) {
    }

    /**
     * Brings the site up to date with the content on disk, given the files that changed since the
     * previous update (paths relative to the content folder, {@code /}-separated); the first update
     * reads everything whatever it is given.
     *
     * @throws BuildFailure with every problem of the content as it now is; the site stays the last good one
     */
    public Update update(Collection<String> changed) throws BuildFailure {
        Problems problems = new Problems();
        Stages stages = new Stages(problems, BuildListener.NONE);
        if (rebuildAll || !changed.stream().allMatch(LiveSite::isEntryFile)) {
            return rebuildAll(problems, stages);
        }
        // a link reads its target's bytes, so it changes with it, and with any link of its chain;
        // a file that could not be read (a broken link, a front matter in error) is read again, as
        // what it depended on may be back; a folder named stands for what it holds
        Set<String> paths = new TreeSet<>(changed);
        changed.forEach(path -> paths.addAll(tree.linksTo(path)));
        paths.addAll(tree.linksMoved());
        paths.addAll(loadProblems.keySet());
        if (!paths.stream().allMatch(LiveSite::isEntryFile) || paths.stream().anyMatch(tree::isFolder)) {
            return rebuildAll(problems, stages);
        }
        for (String path : paths) {
            Problems load = new Problems();
            tree = tree.with(path, load::add);
            Optional<SourceDocument> doc = tree.file(path).isEmpty() ? Optional.empty()
                    : loader.document(tree, path, load);
            Problems own = new Problems();
            doc.flatMap(d -> validator.draft(d, vocabulary, own))
                    .ifPresentOrElse(d -> drafts.put(path, d), () -> drafts.put(path, null));
            keep(loadProblems, path, load);
            keep(draftProblems, path, own);
            pending.add(path);
        }
        // as in a clean build, a file that cannot be read stops the build before any check
        loadProblems.values().forEach(list -> list.forEach(problems::add));
        stages.end("chargement", paths.size() + " fichiers relus");
        return finish(problems, stages, false);
    }

    /**
     * Whether a change of {@code path} can be handled on its own: an entry's Markdown file, named
     * as a walk of the content names it.
     */
    private static boolean isEntryFile(String path) {
        String[] parts = path.split("/", -1);
        return parts.length == 2 && parts[1].endsWith(".md") && !parts[1].startsWith(".")
                && ContentKind.ofFolder(parts[0]).isPresent();
    }

    private static void keep(Map<String, List<Problem>> byFile, String path, Problems own) {
        if (own.isEmpty()) {
            byFile.remove(path);
        } else {
            byFile.put(path, own.sorted());
        }
    }

    /** Everything read again from disk; until it succeeds, every update does it again. */
    private Update rebuildAll(Problems problems, Stages stages) throws BuildFailure {
        rebuildAll = true;
        LoadedContent content = loader.load(options.content(), problems).orElse(null);
        stages.end("chargement", content == null ? "" : content.documents().size() + " fichiers");
        tree = content.tree();
        assets = content.assets();
        settings = validator.settings(content, problems);
        vocabulary = new ContentValidator.Vocabulary(settings.themes(), new HashSet<>(assets), options.content());
        drafts.clear();
        loadProblems.clear();
        draftProblems.clear();
        List<ContentValidator.Draft> made = workers.map(content.documents(), doc -> {
            Problems own = new Problems();
            Optional<ContentValidator.Draft> draft = validator.draft(doc, vocabulary, own);
            synchronized (draftProblems) {
                keep(draftProblems, doc.path(), own);
            }
            return draft.orElse(null);
        });
        made.stream().filter(Objects::nonNull).forEach(d -> drafts.put(d.entry().source().path(), d));
        return finish(problems, stages, true);
    }

    /** From the drafts as they are: references, bodies, pages, search; commits the new site if all went well. */
    private Update finish(Problems problems, Stages stages, boolean everything) throws BuildFailure {
        draftProblems.values().forEach(list -> list.forEach(problems::add));
        Library next = SiteBuilder.withOptions(drafts.library(settings.site(), vocabulary.themes(), assets, problems)
                .orElse(null), options, problems);
        stages.end("validation", next == null ? "" : next.entries().size() + " pages");
        SiteBuilder.checkPageIds(next, options.content(), problems);
        stages.end("identifiants", "");

        Set<String> changed = everything ? next.bySourcePath().keySet() : changedEntries(next);
        if (!everything && changed.isEmpty()) {
            // saved as it was, or changed and changed back
            pending.clear();
            return new Update(new TreeMap<>(), new TreeSet<>(), stages.list());
        }
        BodyChanges nextBodies = bodies(next, changed, everything, problems);
        stages.end("markdown", nextBodies.made().size() + " corps de page");

        SiteRenderer nextRenderer = everything ? renderer(next, problems) : renderer.next(next, changed);
        stages.end("thème", "");
        Collection<PageGroup> groups;
        if (everything) {
            groups = nextRenderer.groups();
        } else {
            Set<PageGroup> touched = new HashSet<>();
            for (String path : changed) {
                touched.addAll(nextRenderer.groupsShowing(renderer, library.bySourcePath().get(path),
                        next.bySourcePath().get(path)));
            }
            groups = touched;
        }
        Map<String, PageBody> shown = new HashMap<>();
        for (PageGroup group : groups) {
            Bodies.Body body = group.kind() == PageGroup.Kind.ENTRY ? nextBodies.get(group.key()) : null;
            if (body != null) {
                shown.put(group.key(), body.page());
            }
        }
        SiteRenderer.Plan plan = nextRenderer.plan(groups, shown);
        Set<String> replaced = new HashSet<>();
        if (!everything) {
            groups.forEach(g -> replaced.addAll(groupFiles.getOrDefault(g, Set.of())));
        }
        // a copy of a sorted set is made in linear time
        SortedSet<String> html = everything ? new TreeSet<>() : new TreeSet<>(this.html);
        html.removeAll(replaced);
        html.addAll(plan.files());
        LinkResolver.checkNavigation(next.site(), html, SiteBuilder.display(options.content().resolve("site.yaml")), problems);
        List<OutputFile> others = SiteBuilder.outputs(next, html, options, problems);
        if (everything) {
            SiteBuilder.addAssets(tree, next, html, others, problems);
        } else {
            // the theme's files and the content's assets are those of the last full build
            others.removeIf(f -> f.copyOf() != null);
        }
        stages.end("plan", plan.files().size() + " pages HTML à revoir");

        Set<String> keys = new HashSet<>();
        if (!everything) {
            changed.forEach(p -> keys.addAll(SiteRenderer.lookupKeys(library.bySourcePath().get(p),
                    next.bySourcePath().get(p))));
        }
        List<SiteRenderer.Page> toRender = new ArrayList<>();
        for (SiteRenderer.Page page : plan.pages()) {
            SiteRenderer.Page before = pages.get(page.file());
            if (everything || before == null || !before.view().equals(page.view()) || looksUp(page.file(), keys)) {
                toRender.add(page);
            }
        }
        Set<String> planned = plan.files();
        SortedSet<String> lookingUp = new TreeSet<>();
        keys.forEach(key -> lookingUp.addAll(lookedUpBy.getOrDefault(key, Set.of())));
        for (String file : lookingUp) {
            if (!planned.contains(file) && html.contains(file)) {
                toRender.add(pages.get(file));
            }
        }
        SiteRenderer renderWith = nextRenderer;
        List<Rendered> rendered = workers.map(toRender, page -> render(renderWith, page, problems));
        stages.end("gabarits", rendered.size() + " pages HTML rendues");

        SearchLabels labels = nextRenderer.searchLabels();
        // the documents that may differ: the changed entries' and those of the bodies made again
        Set<String> remade = new HashSet<>(changed);
        remade.addAll(nextBodies.made().keySet());
        SearchDocuments.Memo docs = SearchDocuments.of(next, path -> {
            Bodies.Body body = nextBodies.get(path);
            return body == null ? null : body.page();
        }, labels, everything ? SearchDocuments.Memo.NONE : searchDocs, everything ? null : remade);
        LiveIndex.Changes index = searchIndex.update(docs.documents(), labels::facet, workers);
        List<OutputFile> search = new ArrayList<>();
        index.made().forEach((name, bytes) -> search.add(OutputFile.generated(SiteBuilder.SEARCH_DATA + name, bytes)));
        search.add(OutputFile.generated(SiteBuilder.SEARCH_ENGINE, ClientIndex.engine()));
        stages.end("recherche", search.size() + " fichiers refaits");

        // every file this update made, then what is gone: the pages planned again but no longer
        // planned, the search files no longer written, the generated files no longer made
        Map<String, byte[]> madeDigests = new HashMap<>();
        // a file is written when its bytes are not those the site holds
        SortedMap<String, OutputFile> written = new TreeMap<>();
        Set<String> made = new HashSet<>();
        Set<String> indexFiles = new HashSet<>();
        if (everything) {
            // the search files the index did not make again are still there
            searchIndex.files().forEach(name -> indexFiles.add(SiteBuilder.SEARCH_DATA + name));
            made.addAll(indexFiles);
        }
        List<OutputFile> files = new ArrayList<>(others);
        files.addAll(search);
        rendered.forEach(page -> files.add(page.file()));
        List<byte[]> fileDigests = workers.map(files, LiveSite::digest);
        for (int i = 0; i < files.size(); i++) {
            OutputFile file = files.get(i);
            made.add(file.path());
            if (!Arrays.equals(fileDigests.get(i), digests.get(file.path()))) {
                written.put(file.path(), file);
            }
            madeDigests.put(file.path(), fileDigests.get(i));
        }
        Set<String> candidates = new HashSet<>(everything ? digests.keySet() : replaced);
        if (!everything) {
            index.removed().forEach(name -> candidates.add(SiteBuilder.SEARCH_DATA + name));
            others.forEach(f -> candidates.add(f.path()));
            candidates.add("sitemap.xml");
        }
        SortedSet<String> removed = new TreeSet<>();
        for (String file : candidates) {
            if (!made.contains(file) && !html.contains(file) && digests.containsKey(file)) {
                removed.add(file);
            }
        }
        stages.end("comparaison", written.size() + " fichiers changés, " + removed.size() + " retirés");

        // the new site is good: it becomes the one the next update starts from
        if (everything) {
            // the search files the index did not make again are as they were
            Map<String, byte[]> kept = new HashMap<>();
            indexFiles.stream().filter(digests::containsKey).forEach(f -> kept.put(f, digests.get(f)));
            digests.clear();
            digests.putAll(kept);
            pages.clear();
            groupFiles.clear();
            lookups.clear();
            lookedUpBy.clear();
        }
        digests.putAll(madeDigests);
        removed.forEach(digests::remove);
        replaced.forEach(pages::remove);
        groups.forEach(groupFiles::remove);
        for (SiteRenderer.Page page : plan.pages()) {
            pages.put(page.file(), page);
            groupFiles.computeIfAbsent(page.group(), g -> new HashSet<>()).add(page.file());
        }
        // only a page planned again can have left the site
        replaced.stream().filter(file -> !html.contains(file)).forEach(this::forgetLookups);
        for (Rendered page : rendered) {
            forgetLookups(page.file().path());
            lookups.put(page.file().path(), page.lookups());
            page.lookups().forEach(key -> lookedUpBy.computeIfAbsent(key, k -> new HashSet<>()).add(page.file().path()));
        }
        this.html.clear();
        this.html.addAll(html);
        library = next;
        renderer = nextRenderer;
        nextBodies.commit();
        searchDocs = docs;
        pending.clear();
        rebuildAll = false;
        return new Update(written, removed, stages.list());
    }

    private void forgetLookups(String file) {
        Set<String> keys = lookups.remove(file);
        if (keys != null) {
            for (String key : keys) {
                Set<String> files = lookedUpBy.get(key);
                files.remove(file);
                if (files.isEmpty()) {
                    lookedUpBy.remove(key);
                }
            }
        }
    }

    /** The entry files changed since the last good site whose entry is not the same any more. */
    private Set<String> changedEntries(Library next) {
        Set<String> changed = new TreeSet<>();
        for (String path : pending) {
            if (!Objects.equals(library.bySourcePath().get(path), next.bySourcePath().get(path))) {
                changed.add(path);
            }
        }
        return changed;
    }

    /**
     * The bodies an update made, and those of the entries it removed: with the last good site's,
     * the bodies of the site it builds.
     */
    private record BodyChanges(LiveSite site, boolean everything, Map<String, Bodies.Body> made, Set<String> gone) {
        Bodies.Body get(String path) {
            Bodies.Body body = made.get(path);
            return body != null || everything || gone.contains(path) ? body : site.bodies.get(path);
        }

        /** Makes these the bodies of the last good site. */
        void commit() {
            if (everything) {
                site.bodies.clear();
                site.anchorLinkers.clear();
            }
            gone.forEach(path -> site.forgetAnchors(site.bodies.remove(path), path));
            made.forEach((path, body) -> {
                site.forgetAnchors(site.bodies.put(path, body), path);
                body.links().anchors().forEach(link ->
                        site.anchorLinkers.computeIfAbsent(link.target(), t -> new HashSet<>()).add(path));
            });
        }
    }

    private void forgetAnchors(Bodies.Body body, String path) {
        if (body == null) {
            return;
        }
        for (LinkResolver.AnchorLink link : body.links().anchors()) {
            Set<String> linkers = anchorLinkers.get(link.target());
            if (linkers != null) {
                linkers.remove(path);
                if (linkers.isEmpty()) {
                    anchorLinkers.remove(link.target());
                }
            }
        }
    }

    /**
     * The bodies of {@code next}: those of the changed entries made again, and those of the
     * entries that link to an entry that came or went, whose links now work or no longer do.
     * Anchors are checked in the links of the bodies made and in the links to them: the others
     * were checked in the last good site, between bodies that did not change.
     */
    private BodyChanges bodies(Library next, Set<String> changed, boolean everything, Problems problems) {
        Set<String> gone = new HashSet<>();
        Set<String> redo = new TreeSet<>();
        for (String path : changed) {
            boolean was = !everything && library.bySourcePath().containsKey(path);
            boolean is = next.bySourcePath().containsKey(path);
            if (is) {
                redo.add(path);
            } else if (was) {
                gone.add(path);
            }
            if (was != is && !everything) {
                bodies.forEach((from, body) -> {
                    if (body.links().pages().contains(path)) {
                        redo.add(from);
                    }
                });
            }
        }
        redo.removeAll(gone);
        List<Entry> entries = redo.stream().map(p -> next.bySourcePath().get(p)).filter(Objects::nonNull).toList();
        Bodies maker = new Bodies(tools, next);
        List<Bodies.Body> made = workers.map(entries, entry -> maker.make(entry, problems::add));
        Map<String, Bodies.Body> byPath = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            byPath.put(entries.get(i).source().path(), made.get(i));
        }
        BodyChanges out = new BodyChanges(this, everything, byPath, gone);
        Set<String> from = new TreeSet<>(byPath.keySet());
        if (!everything) {
            byPath.keySet().forEach(path -> from.addAll(anchorLinkers.getOrDefault(path, Set.of())));
            gone.forEach(path -> from.addAll(anchorLinkers.getOrDefault(path, Set.of())));
            from.removeAll(gone);
        }
        List<Bodies.Body> checked = from.stream().map(out::get).filter(Objects::nonNull).toList();
        Bodies.checkAnchors(checked, out::get, problems::add);
        return out;
    }

    private boolean looksUp(String file, Set<String> keys) {
        Set<String> looked = lookups.get(file);
        return looked != null && !Collections.disjoint(looked, keys);
    }

    /** One page rendered into memory, and what its templates looked up. */
    private record Rendered(OutputFile file, Set<String> lookups) {
    }

    private static Rendered render(SiteRenderer renderer, SiteRenderer.Page page, Problems problems) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            Set<String> looked = renderer.render(page, out, problems::add).orElse(Set.of());
            out.flush();
            return new Rendered(OutputFile.generated(page.file(), bytes.toByteArray()), looked);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A renderer of the whole site with the theme, or null when the theme cannot be read (reported). */
    private SiteRenderer renderer(Library next, Problems problems) {
        try {
            return new SiteRenderer(next, new PageRenderer(options.theme(), next, problems::add), themeFile);
        } catch (IOException e) {
            problems.add(Problem.inFile(themeFile, "thème illisible : " + e.getMessage()));
            return null;
        }
    }

    private static byte[] digest(OutputFile file) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (file.copyOf() == null) {
                return sha.digest(file.bytes());
            }
            try (InputStream in = Files.newInputStream(file.copyOf(), LinkOption.NOFOLLOW_LINKS)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                }
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        workers.close();
    }
}
