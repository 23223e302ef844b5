package fr.terrinclus.markdown;

import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Flexmark's autolink extension (bare URLs, {@code www.} addresses and e-mails become links),
 * run only on the text that can hold one. The extension unescapes and scans every text node of
 * a page, which took 40 % of the Markdown stage; a link needs a {@code :} (a scheme), an
 * {@code @} (an e-mail) or {@code www}, and an escape ({@code &#58;}) may spell either, so text
 * with none of {@code : @ &} nor {@code www} in any case is left alone, as the extension would.
 */
final class LazyAutolink implements Parser.ParserExtension {
    @Override
    public void parserOptions(MutableDataHolder options) {
        // the extension's own options are its defaults
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.postProcessorFactory(new AutolinkNodePostProcessor.Factory() {
            @Override
            public NodePostProcessor apply(Document document) {
                NodePostProcessor autolink = super.apply(document);
                return new NodePostProcessor() {
                    @Override
                    public void process(NodeTracker state, Node node) {
                        if (mayHoldALink(node.getChars())) {
                            autolink.process(state, node);
                        }
                    }
                };
            }
        });
    }

    static boolean mayHoldALink(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@' || c == '&') {
                return true;
            }
            if ((c == 'w' || c == 'W') && i + 2 < text.length()
                    && (text.charAt(i + 1) | 0x20) == 'w' && (text.charAt(i + 2) | 0x20) == 'w') {
                return true;
            }
        }
        return false;
    }
}
