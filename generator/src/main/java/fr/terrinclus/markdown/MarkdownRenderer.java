package fr.terrinclus.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import fr.terrinclus.Problem;
import fr.terrinclus.model.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Renders Markdown bodies to HTML with CommonMark plus tables, strikethrough, autolinks and
 * footnotes, and reports what would make the page inaccessible: images without a text
 * alternative, a second level-1 heading, skipped heading levels.
 *
 * <p>The only class that imports Flexmark. The parser and renderer are built once and shared;
 * {@link #render} is thread-safe.
 */
public final class MarkdownRenderer {
    /** The image title that marks an image as decorative: it then gets an empty text alternative. */
    public static final Set<String> DECORATIVE = Set.of("décoratif", "decoratif", "décorative", "decorative");

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                        AutolinkExtension.create(), FootnoteExtension.create()))
                .set(HtmlRenderer.GENERATE_HEADER_ID, false)
                .set(HtmlRenderer.RENDER_HEADER_ID, false)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(TablesExtension.WITH_CAPTION, false)
                .set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /** Renders {@code source}'s body; accessibility problems go to {@code report}. */
    public RenderedMarkdown render(SourceText source, Consumer<Problem> report) {
        String text = source.markdown();
        Document document = parser.parse(text);
        Positions positions = new Positions(text, source.firstLine());
        List<fr.terrinclus.markdown.LinkRef> links = new ArrayList<>();
        int[] previousLevel = {1};
        for (Node node : document.getDescendants()) {
            if (node instanceof Link link) {
                links.add(positions.link(link.getUrl().toString(), node, false));
            } else if (node instanceof LinkRef ref && ref.isDefined()) {
                links.add(positions.link(urlOf(ref.getReferenceNode(document)), node, false));
            } else if (node instanceof Image image) {
                links.add(positions.link(image.getUrl().toString(), node, true));
                checkAlt(image.getText().toString(), image.getTitle().toString(), positions, node, source, report);
            } else if (node instanceof ImageRef ref && ref.isDefined()) {
                Reference def = ref.getReferenceNode(document);
                links.add(positions.link(urlOf(def), node, true));
                checkAlt(ref.getText().toString(), def.getTitle().toString(), positions, node, source, report);
            } else if (node instanceof Heading heading) {
                checkLevel(heading.getLevel(), previousLevel, positions, node, source, report);
            }
        }
        return new RenderedMarkdown(renderer.render(document), links);
    }

    private static String urlOf(Reference reference) {
        return reference == null ? "" : reference.getUrl().toString();
    }

    private static void checkAlt(String alt, String title, Positions at, Node node, SourceText source,
                                 Consumer<Problem> report) {
        if (alt.isBlank() && !DECORATIVE.contains(title.strip())) {
            report.accept(at.problem(source.file(), node, "image sans alternative textuelle : décrivez-la entre "
                    + "les crochets, ![description](image.jpg), ou, si elle est purement décorative, "
                    + "ajoutez le titre \"décoratif\" : ![](image.jpg \"décoratif\")"));
        }
    }

    private static void checkLevel(int level, int[] previous, Positions at, Node node, SourceText source,
                                   Consumer<Problem> report) {
        if (level == 1) {
            report.accept(at.problem(source.file(), node, "titre de niveau 1 (« # ») dans le texte : le titre de la "
                    + "page vient du champ « titre » ; commencez les sections par « ## »"));
        } else if (level > previous[0] + 1) {
            report.accept(at.problem(source.file(), node, "niveau de titre sauté : un titre de niveau " + level
                    + " suit un titre de niveau " + previous[0] + " ; utilisez « " + "#".repeat(previous[0] + 1) + " »"));
        }
        previous[0] = Math.max(level, 1);
    }

    /** Converts offsets in the body into positions in the file. */
    private static final class Positions {
        private final String text;
        private final int firstLine;

        Positions(String text, int firstLine) {
            this.text = text;
            this.firstLine = firstLine;
        }

        fr.terrinclus.markdown.LinkRef link(String url, Node node, boolean image) {
            int offset = node.getStartOffset();
            return new fr.terrinclus.markdown.LinkRef(url, line(offset), column(offset), image);
        }

        Problem problem(String file, Node node, String message) {
            int offset = node.getStartOffset();
            return new Problem(file, line(offset), column(offset), message);
        }

        int line(int offset) {
            int line = firstLine;
            for (int i = 0; i < offset && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        int column(int offset) {
            int start = text.lastIndexOf('\n', Math.max(offset - 1, 0));
            return offset - (offset == 0 || start < 0 ? 0 : start + 1) + 1;
        }
    }
}
