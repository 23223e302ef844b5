package fr.terrinclus.render;

import fr.terrinclus.Limits;
import fr.terrinclus.Problem;
import fr.terrinclus.load.SourceTree;
import fr.terrinclus.model.Library;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.Map;

/**
 * Renders pages with the theme's Pebble templates ({@code templates/*.peb}). The only class that
 * builds a Pebble engine: one per build, with strict variables so that a typo in a template
 * fails the build instead of printing nothing.
 */
public final class PageRenderer {
    private final PebbleEngine engine;
    private final Strings strings;
    private final Formats formats;

    /**
     * Sets up the engine for {@code themeDir}; the language file is {@code i18n/<language>.yaml}.
     * Every file is read through a {@link SourceTree} of the theme, so nothing outside it is.
     *
     * @param report receives the theme's files that may not be read (links out of it…)
     * @throws IOException in French when the theme has no templates or language file, or they are too large
     */
    public PageRenderer(Path themeDir, Library library, Consumer<Problem> report) throws IOException {
        SourceTree theme = SourceTree.walk(themeDir, "thème", report)
                .orElseThrow(() -> new IOException("dossier introuvable"));
        String language = "i18n/" + library.site().language() + ".yaml";
        if (theme.file(language).isEmpty()) {
            throw new IOException("fichier de langue du thème introuvable : " + theme.display(language));
        }
        try {
            this.strings = Strings.parse(theme.read(language, Limits.DATA_FILE_BYTES));
        } catch (SourceTree.TooLarge e) {
            throw new IOException("fichier de langue du thème trop volumineux : la limite est " + Limits.bytes(e.limit()));
        }
        this.formats = new Formats(strings.locale());
        engine = new PebbleEngine.Builder()
                .loader(new ThemeTemplates(theme))
                .strictVariables(true)
                .newLineTrimming(true)
                .defaultLocale(strings.locale())
                .extension(new ThemeExtension(library, strings, formats))
                .build();
    }

    public Strings strings() {
        return strings;
    }

    public Formats formats() {
        return formats;
    }

    /**
     * Renders {@code template} for the page at site path {@code path} into {@code out}; entries
     * are looked up through {@code lookups}.
     *
     * @throws io.pebbletemplates.pebble.error.PebbleException on a template error, with its file and line
     */
    void render(String template, String path, View view, Lookups lookups, Writer out) throws IOException {
        PebbleTemplate compiled = engine.getTemplate(template);
        Map<String, Object> context = view.variables();
        context.put(ThemeExtension.PAGE_PATH, path);
        context.put(ThemeExtension.LOOKUPS, lookups);
        compiled.evaluate(out, context, strings.locale());
    }
}
