package fr.terrinclus.bench;

import fr.terrinclus.Workers;
import fr.terrinclus.search.ClientIndex;
import fr.terrinclus.search.LuceneIndex;
import fr.terrinclus.search.SearchDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Search benchmark on a generated corpus of French pages (default 10,000). Not a test: run it with
 * {@code mvn -q -B -pl generator test-compile exec:java -Dbench=fr.terrinclus.bench.SearchBenchmark
 * -Dexec.args="10000"}. Prints index build time, index size and file count, bytes and files a cold
 * 1-word and 3-word query loads (median and p95 over 100 queries each, in Node with the real engine),
 * and query latency once loaded, measured in headless Chromium from {@code file://}.
 *
 * <p>Pages mix topic sentences with words drawn from Debian's French word list ({@code wfrench})
 * by a Zipf law, so the vocabulary grows like real text.
 */
public final class SearchBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path root = Files.createTempDirectory("terrinclus-search-bench");
        List<SearchDocument> docs = corpus(size, new Random(11));
        System.out.printf("corpus : %d pages, %d mots en moyenne%n", size,
                docs.stream().mapToInt(d -> d.body().split(" ").length).sum() / size);

        long start = System.nanoTime();
        SortedMap<String, byte[]> files;
        try (Workers workers = new Workers(0)) {
            files = ClientIndex.files(docs, (facet, value) -> value, workers);
        }
        long wallMs = (System.nanoTime() - start) / 1_000_000;
        Path data = root.resolve("site/recherche/donnees");
        long bytes = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path path = data.resolve(f.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, f.getValue());
            bytes += f.getValue().length;
        }
        byte[] engine = ClientIndex.engine();
        Files.write(root.resolve("site/recherche/moteur.js"), engine);
        System.out.printf("construction de l'index : %d ms, soit %.3f ms par page%n", wallMs, (double) wallMs / size);
        // what « terrinclus search » does before its first query
        long read = System.nanoTime();
        try (org.apache.lucene.store.Directory lucene = LuceneIndex.ofClientIndex(data)) {
            System.out.printf("index Lucene des éditeurs fait des fichiers du navigateur : %d ms%n",
                    (System.nanoTime() - read) / 1_000_000);
        }
        System.out.printf("index du navigateur : %d fichiers, %.1f Mo (moteur %.1f Ko en plus)%n",
                files.size(), bytes / 1e6, engine.length / 1024.0);
        System.out.printf("  dont fragments de postings : %d, lexique : %d, cartes : %d, extraits : %d%n",
                count(files, "t/"), count(files, "l/"), count(files, "c/"), count(files, "x/"));

        List<List<String>> queries = queries(docs, new Random(5));
        JSON.writeValue(root.resolve("queries.json").toFile(), queries);
        Files.write(root.resolve("moteur.js"), engine);
        String cold = node(root, """
                const fs = require('fs'), vm = require('vm'), path = require('path');
                require('./moteur.js');
                const queries = JSON.parse(fs.readFileSync('queries.json', 'utf8'));
                const engineBytes = fs.statSync('moteur.js').size;
                (async () => {
                  const out = [];
                  for (const words of queries) {
                    TerrinclusSearch.forget();
                    let files = 1, bytes = engineBytes;
                    const store = new TerrinclusSearch.Store((name, fail) => {
                      const file = path.join('site/recherche/donnees', name + '.js');
                      const text = fs.readFileSync(file, 'utf8');
                      files++; bytes += Buffer.byteLength(text);
                      vm.runInThisContext(text);
                    });
                    const engine = new TerrinclusSearch.Engine(store);
                    const r = await engine.search({ text: words.join(' '), prefix: false, facets: false });
                    const top = r.hits.slice(0, 10).map(h => h.doc);
                    await engine.cards(top);
                    await Promise.all(top.map(d => engine.excerpt(d, r.terms)));
                    const resultsOnly = [files, bytes];
                    await engine.search({ text: words.join(' '), prefix: false });
                    out.push([words.length, resultsOnly[0], resultsOnly[1], r.total, files, bytes]);
                  }
                  console.log(JSON.stringify(out));
                })();
                """);
        JsonNode measured = JSON.readTree(cold);
        for (int words : List.of(1, 3)) {
            List<Double> kb = new ArrayList<>();
            List<Double> count = new ArrayList<>();
            List<Double> hits = new ArrayList<>();
            List<Double> kbFacets = new ArrayList<>();
            for (JsonNode m : measured) {
                if (m.get(0).asInt() == words) {
                    count.add(m.get(1).asDouble());
                    kb.add(m.get(2).asDouble() / 1024);
                    hits.add(m.get(3).asDouble());
                    kbFacets.add(m.get(5).asDouble() / 1024);
                }
            }
            System.out.printf("requête froide de %d mot(s), %d requêtes (moteur, manifeste, tables, postings, 10 cartes et "
                            + "10 extraits) : %.0f Ko médiane, %.0f Ko p95 ; %.0f fichiers médiane, %.0f p95 ; %.0f résultats médiane%n",
                    words, kb.size(), percentile(kb, 50), percentile(kb, 95), percentile(count, 50), percentile(count, 95),
                    percentile(hits, 50));
            System.out.printf("  avec la table des facettes (comptes affichés) : %.0f Ko médiane, %.0f Ko p95%n",
                    percentile(kbFacets, 50), percentile(kbFacets, 95));
        }
        latency(root, queries);
        pagefind(root, docs, queries, wallMs);
    }

    /**
     * The same corpus and queries through Pagefind (npm {@code pagefind} 1.6.0, which needs a web
     * server: it is served from the loopback interface). Skipped with a notice when npm cannot
     * install it.
     */
    private static void pagefind(Path root, List<SearchDocument> docs, List<List<String>> queries, long ourMs)
            throws Exception {
        Path site = root.resolve("pagefind-site");
        for (SearchDocument doc : docs) {
            Path page = site.resolve("p/" + doc.id() + ".html");
            Files.createDirectories(page.getParent());
            Files.writeString(page, "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + escape(doc.title())
                    + "</title></head><body><main data-pagefind-body><h1>" + escape(doc.title()) + "</h1><p>"
                    + escape(doc.summary()) + "</p><p>" + escape(doc.body()) + "</p></main></body></html>");
        }
        Files.writeString(site.resolve("banc.html"), "<!DOCTYPE html><html lang=\"fr\"><title>banc</title></html>");
        long start = System.nanoTime();
        Process process = new ProcessBuilder("npx", "--yes", "pagefind@1.6.0", "--site", site.toString(), "--force-language", "fr")
                .directory(root.toFile()).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            System.out.println("Pagefind indisponible ici, comparaison sautée : " + log.lines().reduce((a, b) -> b).orElse(""));
            return;
        }
        long pagefindMs = (System.nanoTime() - start) / 1_000_000;
        long bytes;
        long files;
        try (Stream<Path> walk = Files.walk(site.resolve("pagefind"))) {
            List<Path> all = walk.filter(Files::isRegularFile).toList();
            files = all.size();
            bytes = 0;
            for (Path f : all) {
                bytes += Files.size(f);
            }
        }
        System.out.printf("Pagefind 1.6.0 : construction %d ms (commande npx, soit %.3f ms par page ; Terrinclus %.3f), "
                + "%d fichiers, %.1f Mo%n", pagefindMs, (double) pagefindMs / docs.size(), (double) ourMs / docs.size(),
                files, bytes / 1e6);
        fr.terrinclus.browser.Chromium chromium = fr.terrinclus.browser.Chromium.start();
        org.openqa.selenium.chrome.ChromeDriver driver = chromium.driver();
        try (fr.terrinclus.browser.LoopbackServer server = new fr.terrinclus.browser.LoopbackServer(site, "/")) {
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            Map<Integer, List<Double>> kb = new java.util.TreeMap<>();
            Map<Integer, List<Double>> ms = new java.util.TreeMap<>();
            for (List<String> words : queries) {
                driver.get(server.base() + "banc.html");
                int before = server.requested().size();
                List<?> r = (List<?>) driver.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        (async () => {
                          const pf = await import('./pagefind/pagefind.js');
                          await pf.init();
                          const search = await pf.search(arguments[0]);
                          await Promise.all(search.results.slice(0, 10).map(x => x.data()));
                          const t0 = performance.now();
                          const again = await pf.search(arguments[0] + ' ');
                          await Promise.all(again.results.slice(0, 10).map(x => x.data()));
                          done([search.results.length, performance.now() - t0]);
                        })().catch(e => done([-1, String(e)]));
                        """, String.join(" ", words));
                // Pagefind fetches from a worker, out of the page's sight: count what the server sent
                long sent = 0;
                for (String path : server.requested().subList(before, server.requested().size())) {
                    Path file = site.resolve(path.substring(1));
                    sent += Files.isRegularFile(file) ? Files.size(file) : 0;
                }
                kb.computeIfAbsent(words.size(), k -> new ArrayList<>()).add(sent / 1024.0);
                ms.computeIfAbsent(words.size(), k -> new ArrayList<>()).add(((Number) r.get(1)).doubleValue());
            }
            for (int words : kb.keySet()) {
                System.out.printf("Pagefind, requête froide de %d mot(s) : %.0f Ko médiane, %.0f Ko p95 (fichiers déjà compressés par Pagefind) ; "
                                + "latence données chargées p50 %.1f ms, p95 %.1f ms ; ne fonctionne pas depuis file://%n",
                        words, percentile(kb.get(words), 50), percentile(kb.get(words), 95),
                        percentile(ms.get(words), 50), percentile(ms.get(words), 95));
            }
        } finally {
            chromium.close();
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Query latency in headless Chromium from file://, each query run once to load its shards, then timed. */
    private static void latency(Path root, List<List<String>> queries) throws Exception {
        Path page = root.resolve("site/recherche/banc.html");
        Files.writeString(page, "<!DOCTYPE html><html lang=\"fr\"><title>banc</title><script src=\"moteur.js\"></script>"
                + "<script>window.engine = new TerrinclusSearch.Engine(TerrinclusSearch.scriptStore('donnees/'));</script></html>");
        fr.terrinclus.browser.Chromium chromium = fr.terrinclus.browser.Chromium.start();
        org.openqa.selenium.chrome.ChromeDriver driver = chromium.driver();
        try {
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
            driver.get(page.toUri().toString());
            Object result = driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const queries = arguments[0];
                    (async () => {
                      const times = { 1: [], 3: [] };
                      for (const words of queries) {
                        const text = words.join(' ');
                        await engine.search({ text, prefix: false });
                        const t0 = performance.now();
                        await engine.search({ text, prefix: false });
                        times[words.length].push(performance.now() - t0);
                      }
                      done(times);
                    })().catch(e => done({ error: String(e) }));
                    """, queries);
            JsonNode times = JSON.valueToTree(result);
            for (String words : List.of("1", "3")) {
                List<Double> ms = new ArrayList<>();
                times.path(words).forEach(t -> ms.add(t.asDouble()));
                System.out.printf("latence dans Chromium (%s mot(s), données chargées) : p50 %.1f ms, p95 %.1f ms%n",
                        words, percentile(ms, 50), percentile(ms, 95));
            }
        } finally {
            chromium.close();
        }
    }

    private static long count(Map<String, byte[]> files, String prefix) {
        return files.keySet().stream().filter(k -> k.startsWith(prefix)).count();
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static String node(Path dir, String script) throws IOException, InterruptedException {
        Files.writeString(dir.resolve("bench.js"), script);
        Process process = new ProcessBuilder("node", "bench.js").directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(10, TimeUnit.MINUTES);
        return out;
    }

    /** 100 one-word and 100 three-word queries, words taken from random pages so they have answers. */
    private static List<List<String>> queries(List<SearchDocument> docs, Random random) {
        List<List<String>> queries = new ArrayList<>();
        for (int words : List.of(1, 3)) {
            while (queries.stream().filter(q -> q.size() == words).count() < 100) {
                String[] body = docs.get(random.nextInt(docs.size())).body().split("[ .]+");
                List<String> q = new ArrayList<>();
                for (int i = 0; i < words; i++) {
                    q.add(body[random.nextInt(body.length)]);
                }
                if (q.stream().allMatch(w -> w.length() > 3)) {
                    queries.add(q);
                }
            }
        }
        return queries;
    }

    private static List<SearchDocument> corpus(int size, Random random) throws IOException {
        Path dict = Path.of("/usr/share/dict/french");
        List<String> words = Files.isRegularFile(dict)
                ? new ArrayList<>(Files.readAllLines(dict, StandardCharsets.UTF_8))
                : new ArrayList<>(List.of(BuildBenchmarkWords.WORDS));
        Collections.shuffle(words, new Random(3));
        String[] topics = {"eau potable", "insertion des jeunes", "santé maternelle", "agriculture familiale",
            "énergie solaire", "scolarisation des filles", "gestion des déchets", "budget participatif"};
        String[] kinds = {"guide", "projet", "partenaire", "page"};
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String topic = topics[random.nextInt(topics.length)];
            String title = topic + " " + zipf(words, random, 3);
            StringBuilder body = new StringBuilder();
            int sentences = 15 + random.nextInt(30);
            for (int s = 0; s < sentences; s++) {
                body.append(s % 5 == 0 ? "Le projet " + topic + " " : "").append(zipf(words, random, 6 + random.nextInt(12))).append(". ");
            }
            String summary = zipf(words, random, 20);
            String kind = kinds[random.nextInt(kinds.length)];
            SearchDocument.Result card = new SearchDocument.Result(kind, kind, title, kind + "s/page-" + i + "/", summary, false, List.of());
            docs.add(new SearchDocument(i, card, title, summary, zipf(words, random, 6), "ODD " + (1 + random.nextInt(17)),
                    body.toString(), (summary + " " + body).substring(0, Math.min(6000, summary.length() + body.length() + 1)),
                    new SearchDocument.Facets(kind, null, List.of(String.valueOf(10 + random.nextInt(80))),
                            List.of(Stream.of("SN", "MA", "MG", "BJ", "HT").skip(random.nextInt(5)).findFirst().orElseThrow()),
                            List.of(), List.of(1 + random.nextInt(17)))));
        }
        return docs;
    }

    /** {@code count} words drawn by a Zipf law over {@code words}: a few very common, most rare. */
    private static String zipf(List<String> words, Random random, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int rank = (int) Math.min(words.size() - 1, Math.floor(Math.pow(words.size(), random.nextDouble())) - 1);
            out.append(i == 0 ? "" : " ").append(words.get(Math.max(0, rank)));
        }
        return out.toString();
    }

    /** A fallback vocabulary when wfrench is not installed. */
    private static final class BuildBenchmarkWords {
        static final String[] WORDS = ("coopération territoire inclusion économique sociale département partenaire jeunes "
                + "emploi formation eau assainissement santé éducation gouvernance locale collectivité association").split(" ");
    }
}
