package fr.terrinclus.render;

import fr.terrinclus.link.UrlScheme;
import fr.terrinclus.model.Entry;
import fr.terrinclus.model.Library;
import fr.terrinclus.model.PartialDate;
import fr.terrinclus.model.ProjectSheet;
import fr.terrinclus.model.Theme;
import fr.terrinclus.reference.Country;
import fr.terrinclus.reference.Department;
import fr.terrinclus.reference.Sdg;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What templates may call besides Pebble's built-ins: {@code t()} for interface strings,
 * {@code url()} for relative links, look-ups of reference data and entries, and filters that
 * format dates, amounts and sizes through the page's locale. Entries are looked up in the
 * library the page is rendered from, which each render names ({@link Lookups}).
 */
final class ThemeExtension extends AbstractExtension {
    /** The template variable that holds the current page's site path. */
    static final String PAGE_PATH = "page_path";
    /** The template variable that holds the page's {@link Lookups}: entries are looked up through it. */
    static final String LOOKUPS = "terrinclus_lookups";

    private final Library library;
    private final Strings strings;
    private final Formats formats;
    private final String baseUrl;

    ThemeExtension(Library library, Strings strings, Formats formats) {
        this.library = library;
        this.strings = strings;
        this.formats = formats;
        this.baseUrl = library.site().baseUrl();
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of(
                "url", urlFunction(),
                "t", function(List.of("key", "a", "b"), (args, context, line) -> {
                    List<Object> values = new ArrayList<>();
                    for (String name : List.of("a", "b")) {
                        if (args.get(name) != null) {
                            values.add(args.get(name));
                        }
                    }
                    String key = String.valueOf(args.get("key"));
                    return strings.get(key, values.toArray()).orElseThrow(() -> new PebbleException(null,
                            "chaîne d'interface « " + key + " » absente du fichier de langue", line, null));
                }),
                "dept", function(List.of("code"), (args, context, line) -> library.reference().department(String.valueOf(args.get("code"))).orElse(null)),
                "country", function(List.of("code"), (args, context, line) -> library.reference().country(String.valueOf(args.get("code"))).orElse(null)),
                "sdg", function(List.of("number"), (args, context, line) -> library.reference().sdg(((Number) args.get("number")).intValue()).orElse(null)),
                "theme", lookup((lookups, id) -> lookups.theme(id)),
                "partner", lookup((lookups, id) -> lookups.partner(id)),
                "project", lookup((lookups, id) -> lookups.project(id)));
    }

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "date_fr", filter((input, line) -> formats.date((PartialDate) input)),
                "money", filter((input, line) -> {
                    ProjectSheet.Budget b = (ProjectSheet.Budget) input;
                    return formats.money(b.amount(), b.currency());
                }),
                "filesize", filter((input, line) -> formats.bytes(((Number) input).longValue())),
                "number", filter((input, line) -> formats.number(((Number) input).longValue())));
    }

    /** The site path of a target: a path string, an entry, or a department, country, SDG or theme. */
    static String pathOf(Object target) {
        if (target instanceof String s) {
            return s;
        }
        if (target instanceof Entry e) {
            return UrlScheme.entry(e);
        }
        if (target instanceof Department d) {
            return UrlScheme.department(d.code());
        }
        if (target instanceof Country c) {
            return UrlScheme.country(c.code());
        }
        if (target instanceof Sdg s) {
            return UrlScheme.sdg(s.number());
        }
        if (target instanceof Theme t) {
            return UrlScheme.theme(t.id());
        }
        throw new IllegalArgumentException("url() cannot link to " + target);
    }

    /** {@code url(target)}: relative from the current page, or absolute in pages served at any path (404). */
    Function urlFunction() {
        return new Function() {
            @Override
            public List<String> getArgumentNames() {
                return List.of("target");
            }

            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                String page = String.valueOf(context.getVariable(PAGE_PATH));
                String path = pathOf(args.get("target"));
                if (Boolean.TRUE.equals(context.getVariable("absolute_links")) && baseUrl != null) {
                    return baseUrl + UrlScheme.file(path);
                }
                return UrlScheme.relative(page, path);
            }
        };
    }

    private interface Body {
        Object apply(Map<String, Object> args, EvaluationContext context, int line);
    }

    /** A look-up of an entry by its id, through the page's {@link Lookups} so that the page's dependencies are known. */
    private static Function lookup(BiFunction<Lookups, String, Object> find) {
        return function(List.of("id"), (args, context, line) ->
                find.apply((Lookups) context.getVariable(LOOKUPS), String.valueOf(args.get("id"))));
    }

    private interface FilterBody {
        Object apply(Object input, int line);
    }

    private static Function function(List<String> names, Body body) {
        return new Function() {
            @Override
            public List<String> getArgumentNames() {
                return names;
            }

            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                return body.apply(args, context, line);
            }
        };
    }

    private static Filter filter(FilterBody body) {
        return new Filter() {
            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }

            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                                int line) {
                return input == null ? "" : body.apply(input, line);
            }
        };
    }
}
