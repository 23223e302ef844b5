package fr.terrinclus.html;

import java.util.List;

/** An entry's body as final HTML, with its plain text (for search) and its headings (for the table of contents). */
public record PageBody(String html, String text, List<Heading> headings) {
    public PageBody {
        headings = List.copyOf(headings);
    }
}
