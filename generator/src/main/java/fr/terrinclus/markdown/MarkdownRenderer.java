package fr.terrinclus.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import fr.terrinclus.Limits;
import fr.terrinclus.Problem;
import fr.terrinclus.Workers;
import fr.terrinclus.model.SourceText;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders Markdown bodies to HTML with CommonMark plus tables, strikethrough, autolinks and
 * footnotes, and reports what would make the page inaccessible: images without a text
 * alternative (raw HTML ones too), a second level-1 heading, skipped heading levels.
 *
 * <p>Bodies are untrusted: before Flexmark sees one, its lines are held to {@link Limits#LINE_CHARS}
 * (Flexmark's inline parser is quadratic in a line's length), and before it is rendered its
 * nesting to {@link Limits#MARKDOWN_DEPTH} (the renderer recurses once per level). Parsing and
 * rendering run on threads with a large stack, so that what is left of Flexmark's recursion
 * (its regular expressions recurse once per character) cannot overflow.
 *
 * <p>The only class that imports Flexmark. The parser and renderer are built once and shared;
 * {@link #render} is thread-safe.
 */
public final class MarkdownRenderer {
    /** The image title that marks an image as decorative: it then gets an empty text alternative. */
    public static final Set<String> DECORATIVE = Set.of("décoratif", "decoratif", "décorative", "decorative");
    private static final Pattern RAW_TAG = Pattern.compile("<(/?[a-zA-Z][a-zA-Z0-9]*)\\b([^>]*)>");
    private static final Pattern RESOURCE_ATTRIBUTE = Pattern.compile(
            "\\b(src|srcset|poster|data|background|href)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALT = Pattern.compile("\\balt\\s*=", Pattern.CASE_INSENSITIVE);
    private static final ExecutorService DEEP_STACKS = Executors.newCachedThreadPool(Workers.deepStackThreads("markdown"));

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final String footnoteMark;

    public MarkdownRenderer() {
        byte[] random = new byte[8];
        new SecureRandom().nextBytes(random);
        footnoteMark = "fn" + HexFormat.of().formatHex(random);
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                        new LazyAutolink(), FootnoteExtension.create()))
                .set(HtmlRenderer.GENERATE_HEADER_ID, false)
                .set(HtmlRenderer.RENDER_HEADER_ID, false)
                .set(HtmlRenderer.SOFT_BREAK, "\n")
                .set(TablesExtension.WITH_CAPTION, false)
                .set(FootnoteExtension.FOOTNOTE_LINK_REF_CLASS, "footnote-ref " + footnoteMark)
                .set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref " + footnoteMark);
        parser = Parser.builder(options).customInlineParserFactory(GuardedInlineParser.FACTORY).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * The class Flexmark's own footnote links carry, drawn at random for this renderer: the
     * sanitizer keeps footnote ids only on elements holding a link of this class, which a
     * contributor's raw HTML cannot guess, so {@code <li id="fn-1">} in a body collides with nothing.
     */
    public String footnoteMark() {
        return footnoteMark;
    }

    /**
     * Renders {@code source}'s body; problems go to {@code report}, and an empty body comes back
     * after one. Runs on the calling thread when it is a {@link Workers} thread, else hops onto one
     * of the same stack size.
     */
    public RenderedMarkdown render(SourceText source, Consumer<Problem> report) {
        Positions positions = new Positions(source.markdown(), source.firstLine());
        if (Workers.onDeepStack()) {
            try {
                return renderChecked(source, positions, report);
            } catch (StackOverflowError e) {
                return tooDeep(source, report);
            }
        }
        Future<RenderedMarkdown> rendering = DEEP_STACKS.submit(() -> renderChecked(source, positions, report));
        try {
            return rendering.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StackOverflowError) {
                return tooDeep(source, report);
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static RenderedMarkdown tooDeep(SourceText source, Consumer<Problem> report) {
        report.accept(new Problem(source.file(), source.firstLine(), 1, "texte trop profondément imbriqué "
                + "(listes, citations, mises en forme les unes dans les autres) : simplifiez sa structure"));
        return RenderedMarkdown.EMPTY;
    }

    private RenderedMarkdown renderChecked(SourceText source, Positions positions, Consumer<Problem> report) {
        String text = source.markdown();
        if (!linesFit(text, positions, source.file(), report)) {
            return RenderedMarkdown.EMPTY;
        }
        Document document = parser.parse(text);
        List<Integer> refused = GuardedInlineParser.REFUSED.get(document);
        if (!refused.isEmpty()) {
            refused.forEach(offset -> report.accept(positions.problemAt(source.file(), offset, "paragraphe de plus de "
                    + Limits.PARAGRAPH_MARKUP + " caractères de balisage ([ ] ` & < \\ * _ ~) : découpez-le en plusieurs "
                    + "paragraphes séparés par une ligne vide")));
            return RenderedMarkdown.EMPTY;
        }
        Node deepest = deepest(document);
        if (deepest != null) {
            report.accept(positions.problem(source.file(), deepest, "plus de " + Limits.MARKDOWN_DEPTH + " niveaux "
                    + "d'éléments les uns dans les autres (listes, citations, mises en forme) : simplifiez la structure"));
            return RenderedMarkdown.EMPTY;
        }
        List<fr.terrinclus.markdown.LinkRef> links = new ArrayList<>();
        RawHtmlDepth rawDepth = new RawHtmlDepth();
        int headings = 0;
        int autolinks = 0;
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
            } else if (node instanceof AutoLink || node instanceof MailLink) {
                autolinks++;
            } else if (node instanceof Heading heading) {
                headings++;
                checkLevel(heading.getLevel(), previousLevel, positions, node, source, report);
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                checkRawHtml(node, positions, source, links, rawDepth, report);
            }
        }
        if (rawDepth.tooDeepAt >= 0) {
            report.accept(positions.problemAt(source.file(), rawDepth.tooDeepAt, "HTML imbriqué sur plus de "
                    + Limits.HTML_DEPTH + " niveaux : simplifiez-le ou écrivez-le en Markdown"));
            return RenderedMarkdown.EMPTY;
        }
        if (links.size() + autolinks > Limits.LINKS_PER_PAGE) {
            report.accept(new Problem(source.file(), source.firstLine(), 1, links.size() + autolinks + " liens et images dans la page : "
                    + "la limite est " + Limits.LINKS_PER_PAGE + " ; découpez-la en plusieurs pages"));
            return RenderedMarkdown.EMPTY;
        }
        if (headings > Limits.HEADINGS_PER_PAGE) {
            report.accept(new Problem(source.file(), source.firstLine(), 1, headings + " intertitres dans la page : "
                    + "la limite est " + Limits.HEADINGS_PER_PAGE + " ; découpez-la en plusieurs pages"));
            return RenderedMarkdown.EMPTY;
        }
        return new RenderedMarkdown(renderer.render(document), links);
    }

    private static boolean linesFit(String text, Positions positions, String file, Consumer<Problem> report) {
        int start = 0;
        int blockStart = 0;
        int blockLines = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            int stop = end < 0 ? text.length() : end;
            if (stop - start > Limits.LINE_CHARS) {
                report.accept(positions.problemAt(file, start + Limits.LINE_CHARS, "ligne de plus de "
                        + Limits.LINE_CHARS + " caractères : revenez à la ligne (une ligne vide sépare les paragraphes)"));
                return false;
            }
            // Flexmark re-reads the whole paragraph at some lines (table rows, heading underlines)
            if (blank(text, start, stop)) {
                blockLines = 0;
            } else if (blockLines++ == 0) {
                blockStart = start;
            } else if (blockLines > Limits.BLOCK_LINES) {
                report.accept(positions.problemAt(file, blockStart, "plus de " + Limits.BLOCK_LINES + " lignes à la suite "
                        + "sans ligne vide : séparez les paragraphes, listes et tableaux par des lignes vides"));
                return false;
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return true;
    }

    private static boolean blank(String text, int start, int stop) {
        for (int i = start; i < stop; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The first node nested deeper than the limit, found without recursion; null when none is. */
    private static Node deepest(Document document) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(document);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth > Limits.MARKDOWN_DEPTH) {
                return node;
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return null;
    }

    /**
     * Raw HTML is kept (the sanitizer makes it safe), but its images need a text alternative like
     * Markdown ones; its links and images get a position for the later stages.
     */
    private static void checkRawHtml(Node node, Positions positions, SourceText source,
                                     List<fr.terrinclus.markdown.LinkRef> links, RawHtmlDepth depth, Consumer<Problem> report) {
        String html = node.getChars().toString();
        Matcher tag = RAW_TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            int offset = node.getStartOffset() + tag.start();
            depth.open(name, tag.group(2), offset);
            Matcher attribute = RESOURCE_ATTRIBUTE.matcher(tag.group(2));
            while (attribute.find()) {
                String value = attribute.group(2).replaceAll("^[\"']|[\"']$", "");
                boolean link = name.equals("a") || name.equals("area");
                // a link's address, or what an element loads (image = true), at the tag's position
                links.add(new fr.terrinclus.markdown.LinkRef(value, positions.line(offset), positions.column(offset), !link));
            }
            if (name.equals("img") && !ALT.matcher(tag.group(2)).find()) {
                report.accept(positions.problemAt(source.file(), offset, "image sans alternative textuelle : ajoutez "
                        + "alt=\"description\" à la balise <img>, ou alt=\"\" si elle est purement décorative"));
            }
        }
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

    /**
     * How deep raw HTML elements nest, counted over the body's raw tags in order: the sanitizer's
     * cost grows with the square of the depth. Elements that need no end tag are not counted.
     */
    private static final class RawHtmlDepth {
        private static final Set<String> UNCOUNTED = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
                "link", "meta", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "rt", "rp",
                "thead", "tbody", "tfoot", "colgroup", "optgroup");
        private int depth;
        private int tooDeepAt = -1;

        void open(String name, String attributes, int offset) {
            String element = name.startsWith("/") ? name.substring(1) : name;
            if (UNCOUNTED.contains(element) || attributes.endsWith("/")) {
                return;
            }
            depth = Math.max(0, depth + (name.startsWith("/") ? -1 : 1));
            if (depth > Limits.HTML_DEPTH && tooDeepAt < 0) {
                tooDeepAt = offset;
            }
        }
    }

    /** Converts offsets in the body into positions in the file, in logarithmic time. */
    private static final class Positions {
        private final int[] lineStarts;
        private final int firstLine;

        Positions(String text, int firstLine) {
            this.firstLine = firstLine;
            int[] starts = new int[16];
            int n = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    if (n == starts.length) {
                        starts = Arrays.copyOf(starts, n * 2);
                    }
                    starts[n++] = i + 1;
                }
            }
            lineStarts = Arrays.copyOf(starts, n);
        }

        fr.terrinclus.markdown.LinkRef link(String url, Node node, boolean image) {
            int offset = node.getStartOffset();
            return new fr.terrinclus.markdown.LinkRef(url, line(offset), column(offset), image);
        }

        Problem problem(String file, Node node, String message) {
            return problemAt(file, node.getStartOffset(), message);
        }

        Problem problemAt(String file, int offset, String message) {
            return new Problem(file, line(offset), column(offset), message);
        }

        private int index(int offset) {
            int found = Arrays.binarySearch(lineStarts, offset);
            return found >= 0 ? found : -found - 2;
        }

        int line(int offset) {
            return firstLine + index(offset);
        }

        int column(int offset) {
            return offset - lineStarts[index(offset)] + 1;
        }
    }
}
