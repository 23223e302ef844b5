package fr.terrinclus.markdown;

import java.util.List;

/** HTML rendered from a Markdown body (not yet sanitized) and the links it contains, in source order. */
public record RenderedMarkdown(String html, List<LinkRef> links) {
    /** What a body that broke a limit renders to: the build stops on its problem anyway. */
    public static final RenderedMarkdown EMPTY = new RenderedMarkdown("", List.of());

    public RenderedMarkdown {
        links = List.copyOf(links);
    }
}
