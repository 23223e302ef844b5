package fr.terrinclus.render;

import fr.terrinclus.model.Library;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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

    /** Sets up the engine for {@code themeDir}; the language file is {@code i18n/<language>.yaml}. */
    public PageRenderer(Path themeDir, Library library) throws IOException {
        Path i18n = themeDir.resolve("i18n").resolve(library.site().language() + ".yaml");
        if (!Files.isRegularFile(i18n)) {
            throw new IOException("fichier de langue du thème introuvable : " + i18n);
        }
        this.strings = Strings.load(i18n);
        this.formats = new Formats(strings.locale());
        FileLoader loader = new FileLoader();
        loader.setPrefix(themeDir.resolve("templates").toAbsolutePath().toString());
        loader.setSuffix(".peb");
        engine = new PebbleEngine.Builder()
                .loader(loader)
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
     * Renders {@code template} for the page at site path {@code path}.
     *
     * @throws io.pebbletemplates.pebble.error.PebbleException on a template error, with its file and line
     */
    public String render(String template, String path, Map<String, Object> model) throws IOException {
        PebbleTemplate compiled = engine.getTemplate(template);
        Map<String, Object> context = new HashMap<>(model);
        context.put(ThemeExtension.PAGE_PATH, path);
        context.putIfAbsent("absolute_links", false);
        StringWriter out = new StringWriter();
        compiled.evaluate(out, context, strings.locale());
        return out.toString();
    }
}
