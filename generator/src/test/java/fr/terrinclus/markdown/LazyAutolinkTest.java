package fr.terrinclus.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lazy autolink makes exactly the links Flexmark's extension makes, and skips text that holds none. */
class LazyAutolinkTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "Voir https://www.departements.fr/terrinclus pour tout savoir.",
        "Écrire à contact@departements.fr, ou passer par WWW.Departements.fr ou www.f3e.asso.fr.",
        "Une adresse masquée : http&#58;//exemple.fr et https\\\\://exemple.org, puis ftp://fichiers.fr.",
        "Du texte sans lien, avec des accents, des *emphases* et `du code` : rien à relier.",
        "Un lien écrit [à la main](https://exemple.fr) et un autre <https://exemple.org>.",
        "- www.exemple.fr\\n- mél : nom.prenom@exemple.fr\\n\\n| a | https://b.fr |\\n|---|---|\\n| c | d |",
    })
    void makesTheSameLinksAsFlexmarksExtension(String markdown) {
        String text = markdown.replace("\\n", "\n");
        String expected = html(text, AutolinkExtension.create());
        assertEquals(expected, html(text, new LazyAutolink()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a:b", "x@y", "&#64;", "WwW", "wwW.exemple"})
    void textThatMayHoldALinkIsScanned(String text) {
        assertTrue(LazyAutolink.mayHoldALink(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "texte ordinaire, sans rien", "ww.exemple.fr", "w w w"})
    void textThatCannotHoldALinkIsNot(String text) {
        assertFalse(LazyAutolink.mayHoldALink(text));
    }

    private static String html(String markdown, Extension autolink) {
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(autolink));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }
}
