package fr.terrinclus.render;

import fr.terrinclus.Limits;
import fr.terrinclus.load.SourceTree;
import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.utils.PathUtils;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * Gives Pebble the theme's templates, and only them: a name is looked up among the files of the
 * theme's {@code templates/} folder as {@link SourceTree} admitted them, so an
 * {@code include "../../../etc/passwd"} or a link out of the theme finds nothing.
 */
final class ThemeTemplates implements Loader<String> {
    private static final String FOLDER = "templates/";
    private static final String SUFFIX = ".peb";
    private final SourceTree theme;

    ThemeTemplates(SourceTree theme) {
        this.theme = theme;
    }

    @Override
    public Reader getReader(String name) {
        String file = FOLDER + name + SUFFIX;
        try {
            return new StringReader(new String(theme.read(file, Limits.THEME_FILE_BYTES), StandardCharsets.UTF_8));
        } catch (SourceTree.TooLarge e) {
            throw new LoaderException(e, "gabarit « " + theme.display(file) + " » trop volumineux : la limite est "
                    + Limits.bytes(e.limit()));
        } catch (IOException e) {
            throw new LoaderException(e, "gabarit « " + theme.display(file) + " » introuvable dans le thème");
        }
    }

    @Override
    public void setCharset(String charset) {
        // templates are always UTF-8
    }

    @Override
    public void setPrefix(String prefix) {
        // the folder is fixed by the tree
    }

    @Override
    public void setSuffix(String suffix) {
        // always .peb
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return PathUtils.resolveRelativePath(relativePath, anchorPath, '/');
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }

    @Override
    public boolean resourceExists(String templateName) {
        return theme.file(FOLDER + templateName + SUFFIX).isPresent();
    }
}
