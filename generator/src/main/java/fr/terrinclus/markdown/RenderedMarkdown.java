package fr.terrinclus.markdown;

import java.util.List;

/** HTML rendered from a Markdown body (not yet sanitized) and the links it contains, in source order. */
public record RenderedMarkdown(String html, List<LinkRef> links) {
    public RenderedMarkdown {
        links = List.copyOf(links);
    }
}
