package fr.terrinclus.render;

import fr.terrinclus.link.Relations;
import fr.terrinclus.load.ContentKind;
import fr.terrinclus.model.Entry;
import fr.terrinclus.model.Guide;
import fr.terrinclus.model.Library;
import fr.terrinclus.model.PartnerProfile;
import fr.terrinclus.model.ProjectSheet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The dependency graph of the site's pages: which groups of pages show an entry, in the models
 * {@link SiteRenderer} plans, and which keys name an entry when templates look it up by id.
 *
 * <p>It mirrors what the planner puts in each model, so a new block of a page that shows other
 * entries must be added here too; the live-build tests compare every kind of change with a clean
 * build, byte for byte, and fail when a page that shows an entry is missing.
 */
final class Dependencies {
    private Dependencies() {
    }

    /** The key under which templates look up the partner {@code id}. */
    static String partnerKey(String id) {
        return "partenaire:" + id;
    }

    /** The key under which templates look up the project {@code id}. */
    static String projectKey(String id) {
        return "projet:" + id;
    }

    /** The keys a page that looked up {@code entry} recorded, if it did. */
    static Set<String> keysOf(Entry entry) {
        if (entry instanceof PartnerProfile p) {
            return Set.of(partnerKey(p.id()));
        }
        if (entry instanceof ProjectSheet p) {
            return Set.of(projectKey(p.id()));
        }
        return Set.of();
    }

    /**
     * Whether an entry that was {@code old} is {@code now} (either may be null) by its Markdown
     * body alone: a body shows on its entry's page only (other pages show its card, its terms and
     * its relations, all from the front matter), so no other group shows the change.
     */
    static boolean bodyOnly(Entry old, Entry now) {
        return old != null && now != null && old.withSource(now.source()).equals(now);
    }

    /** The groups of pages that show {@code entry}, one of {@code library}'s entries. */
    static Set<PageGroup> groupsShowing(Library library, Relations relations, Entry entry) {
        Set<PageGroup> groups = new HashSet<>();
        groups.add(PageGroup.entry(entry.source().path()));
        // the site map lists every entry; the home page counts them and shows the latest
        groups.add(PageGroup.SITE_MAP);
        groups.add(PageGroup.HOME);
        if (entry.kind() != ContentKind.PAGE) {
            groups.add(PageGroup.listing(entry.kind()));
        }
        // its territories' and its terms' pages list it, their indexes count it
        if (entry instanceof ProjectSheet p) {
            groups.add(PageGroup.TERRITORIES);
            p.departments().forEach(code -> groups.add(PageGroup.department(code)));
            p.countries().forEach(code -> groups.add(PageGroup.country(code)));
            p.partnerAuthorities().stream().map(ProjectSheet.PartnerAuthority::country).filter(Objects::nonNull)
                    .forEach(code -> groups.add(PageGroup.country(code)));
        } else if (entry instanceof PartnerProfile p) {
            groups.add(PageGroup.TERRITORIES);
            if (p.inseeCode() != null) {
                groups.add(PageGroup.department(p.inseeCode()));
            }
            groups.add(PageGroup.country(p.country()));
        }
        if (!entry.meta().themes().isEmpty() || !entry.meta().sdgs().isEmpty()) {
            groups.add(PageGroup.THEMES);
            entry.meta().themes().forEach(id -> groups.add(PageGroup.theme(id)));
            entry.meta().sdgs().forEach(n -> groups.add(PageGroup.sdg(n)));
        }
        if (entry instanceof Guide g) {
            // a project's page lists the guides about it; a partner's, the guides it published
            g.relatedProjects().forEach(id -> library.project(id).ifPresent(p -> groups.add(page(p))));
            if (g.publisher() != null) {
                library.partner(g.publisher()).ifPresent(p -> groups.add(page(p)));
            }
        } else if (entry instanceof ProjectSheet p) {
            // a guide's page lists its related projects; a partner's, the projects it holds or joins
            relations.guidesAbout(p.id()).forEach(g -> groups.add(page(g)));
            library.partner(p.holder()).ifPresent(h -> groups.add(page(h)));
            p.partners().forEach(x -> library.partner(x.partner()).ifPresent(h -> groups.add(page(h))));
        }
        return groups;
    }

    private static PageGroup page(Entry entry) {
        return PageGroup.entry(entry.source().path());
    }
}
