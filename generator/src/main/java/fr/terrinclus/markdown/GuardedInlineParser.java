package fr.terrinclus.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import fr.terrinclus.Limits;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * Flexmark's inline parser, refusing a paragraph with more than {@link Limits#PARAGRAPH_MARKUP}
 * markup characters. For each bracket, backtick, ampersand, angle bracket or backslash, Flexmark
 * scans to the end of the paragraph (measured: 25 s for a 100 KB paragraph of {@code [a](}), and
 * it pairs emphasis and strikethrough delimiters in quadratic time (15 s for 21,600 {@code *}):
 * their number times the paragraph's length is what must be bounded. A refused paragraph is left
 * empty (the page is not rendered: its problem stops the build) and its start offset recorded
 * under {@link #REFUSED} for the renderer to report.
 */
final class GuardedInlineParser extends InlineParserImpl {
    /** Start offsets, in the body, of the paragraphs that were not parsed. */
    static final DataKey<List<Integer>> REFUSED = new DataKey<>("TERRINCLUS_REFUSED_PARAGRAPHS", ArrayList::new);
    static final InlineParserFactory FACTORY = GuardedInlineParser::new;

    private GuardedInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                                Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                                List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, inlineParserExtensions);
    }

    @Override
    public void parse(BasedSequence input, Node block) {
        if (markup(input) > Limits.PARAGRAPH_MARKUP) {
            REFUSED.get(block.getDocument()).add(input.getStartOffset());
            return;
        }
        super.parse(input, block);
    }

    private static int markup(BasedSequence input) {
        int n = 0;
        for (int i = 0; i < input.length(); i++) {
            switch (input.charAt(i)) {
                case '[', ']', '`', '&', '<', '\\', '*', '_', '~' -> n++;
                default -> { }
            }
        }
        return n;
    }
}
