package fr.terrinclus.browser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Follows every internal link of a site in the browser, from its home page, and records what a
 * reader's browser would trip over: missing pages or files, missing anchors, requests that leave
 * the site.
 */
final class Crawler {
    private final Chromium chromium;
    private final String base;

    /** What one crawl found. */
    record Report(Set<String> visited, List<String> broken, List<String> outside) {
    }

    /** @param base the site's root URL, ending with "/" ({@code file:///…/site/} or {@code http://127.0.0.1:…/preview/pr-12/}) */
    Crawler(Chromium chromium, String base) {
        this.chromium = chromium;
        this.base = base;
    }

    /**
     * Crawls from {@code index.html}. A page is "visited" by its path relative to the base.
     *
     * @param exists tells whether a path relative to the base names a file of the site
     */
    Report crawl(java.util.function.Predicate<String> exists) {
        Deque<String> queue = new ArrayDeque<>(List.of(base + "index.html"));
        Set<String> visited = new LinkedHashSet<>();
        Map<String, Set<String>> anchors = new HashMap<>();
        List<String[]> wanted = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        chromium.requests();
        while (!queue.isEmpty()) {
            String url = queue.poll();
            String page = url.substring(base.length());
            if (!visited.add(page)) {
                continue;
            }
            chromium.driver().get(url);
            JavascriptExecutor js = chromium.driver();
            @SuppressWarnings("unchecked")
            Map<String, List<String>> found = (Map<String, List<String>>) js.executeScript("""
                    return {
                      links: [...document.querySelectorAll('a[href]')].map(a => a.href),
                      resources: [...document.querySelectorAll('link[href], img[src], script[src], source[src]')]
                          .map(e => e.href || e.src),
                      ids: [...document.querySelectorAll('[id], a[name]')].map(e => e.id || e.name)
                    };
                    """);
            anchors.put(page, new LinkedHashSet<>(found.get("ids")));
            for (String link : found.get("links")) {
                if (!link.startsWith(base)) {
                    continue;
                }
                int hash = link.indexOf('#');
                String target = (hash < 0 ? link : link.substring(0, hash)).substring(base.length());
                if (hash >= 0) {
                    wanted.add(new String[] {page, target, link.substring(hash + 1)});
                }
                if (!exists.test(target)) {
                    broken.add(page + " → " + target);
                } else if (target.endsWith(".html")) {
                    queue.add(base + target);
                }
            }
            for (String resource : found.get("resources")) {
                if (resource.startsWith(base) && !exists.test(resource.substring(base.length()))) {
                    broken.add(page + " → " + resource.substring(base.length()));
                } else if (!resource.startsWith(base) && !resource.startsWith("data:")) {
                    outside.add(page + " → " + resource);
                }
            }
            for (String request : chromium.requests()) {
                if (!request.startsWith(base) && !request.startsWith("data:")) {
                    outside.add(page + " requête " + request);
                }
            }
        }
        for (String[] w : wanted) {
            Set<String> ids = anchors.get(w[1]);
            String fragment = java.net.URLDecoder.decode(w[2], java.nio.charset.StandardCharsets.UTF_8);
            if (ids != null && !ids.contains(fragment)) {
                broken.add(w[0] + " → " + w[1] + "#" + fragment);
            }
        }
        return new Report(visited, broken, outside);
    }
}
