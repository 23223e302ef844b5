package fr.terrinclus.pipeline;

import fr.terrinclus.html.HtmlSanitizer;
import fr.terrinclus.markdown.MarkdownRenderer;
import fr.terrinclus.reference.ReferenceData;
import fr.terrinclus.validate.SchemaValidator;

/** What every build uses, costly to make: made once, at the first build that has work to do. Thread-safe. */
record Tools(ReferenceData reference, SchemaValidator schemas, MarkdownRenderer markdown, HtmlSanitizer sanitizer) {
    static Tools make() {
        MarkdownRenderer markdown = new MarkdownRenderer();
        return new Tools(ReferenceData.load(), new SchemaValidator(), markdown, new HtmlSanitizer(markdown.footnoteMark()));
    }
}
