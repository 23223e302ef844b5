package fr.terrinclus.render;

import fr.terrinclus.html.Heading;
import fr.terrinclus.model.Guide;
import fr.terrinclus.model.PartnerProfile;
import fr.terrinclus.model.PlainPage;
import fr.terrinclus.model.ProjectSheet;
import fr.terrinclus.model.SiteConfig;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a template receives: the theme contract. A template's variables are the components of
 * its view and of the {@link Chrome} every page has, named in snake case ({@code searchStrings}
 * is {@code search_strings}). Templates are evaluated with strict variables, so a template that
 * uses a variable its view lacks fails the build at its line.
 */
public sealed interface View {
    /** What every page shows around its content. */
    Chrome chrome();

    /**
     * @param description   the page's summary for search engines and link previews
     * @param canonical     the page's absolute URL, or null without {@code url_base}
     * @param section       the page's first folder ({@code projets/}), to mark the menu entry
     * @param absoluteLinks whether internal links are absolute (the 404 page, served at any depth)
     */
    record Chrome(SiteConfig site, String title, String description, List<Crumb> crumbs, String canonical,
                  String section, boolean absoluteLinks) {
    }

    /** {@code home}: key figures and the latest guides and projects. */
    record Home(Chrome chrome, List<TermLink> figures, List<Card> latest) implements View {
    }

    /** {@code guide}, with the projects it cites. */
    record GuidePage(Chrome chrome, Guide entry, String body, List<Heading> toc, List<Card> related) implements View {
    }

    /** {@code projet}, with the guides about it. */
    record ProjectPage(Chrome chrome, ProjectSheet entry, String body, List<Heading> toc, List<Card> guides)
            implements View {
    }

    /** {@code partenaire}, with the projects it carries or joins and the guides it publishes. */
    record PartnerPage(Chrome chrome, PartnerProfile entry, String body, List<Heading> toc, List<Card> held,
                       List<Card> partnered, List<Card> guides) implements View {
    }

    /** {@code page}: an editorial page. */
    record TextPage(Chrome chrome, PlainPage entry, String body, List<Heading> toc) implements View {
    }

    /** {@code listing}: one page of a content kind's cards. */
    record Listing(Chrome chrome, String heading, List<Card> cards, int count, int page, int pages, String previous,
                   String next) implements View {
    }

    /** {@code term}: a department, country, theme or SDG with what shows it. */
    record Term(Chrome chrome, String intro, List<String> facts, List<Section> sections) implements View {
    }

    /** {@code terms}: the index of departments, countries, themes or SDGs. */
    record Terms(Chrome chrome, List<TermLink> terms) implements View {
    }

    /** {@code territories} and {@code sitemap}: titled lists of links. */
    record Groups(Chrome chrome, List<SiteRenderer.Group> groups) implements View {
    }

    /** {@code recherche}: the search page, with the interface strings of its script as JSON. */
    record Search(Chrome chrome, String searchStrings) implements View {
    }

    /** {@code 404}. */
    record NotFound(Chrome chrome) implements View {
    }

    /** The template variables of this view. */
    default Map<String, Object> variables() {
        Map<String, Object> out = new HashMap<>();
        components(chrome(), out);
        components((Record) this, out);
        return out;
    }

    private static void components(Record view, Map<String, Object> out) {
        for (RecordComponent c : view.getClass().getRecordComponents()) {
            if (c.getType() == Chrome.class) {
                continue;
            }
            try {
                out.put(snakeCase(c.getName()), c.getAccessor().invoke(view));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("unreadable view component " + c, e);
            }
        }
    }

    private static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
