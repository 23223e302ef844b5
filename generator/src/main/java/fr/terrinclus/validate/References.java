package fr.terrinclus.validate;

import fr.terrinclus.Suggestions;
import fr.terrinclus.model.Entry;
import fr.terrinclus.model.Guide;
import fr.terrinclus.model.PartnerProfile;
import fr.terrinclus.model.ProjectSheet;
import fr.terrinclus.model.Changes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Checks that every reference between entries names a published partner or project. Runs over
 * every entry at every update of a live preview: a reference that is fine costs a set look-up,
 * and what a message needs is only made for one that is not.
 */
final class References {
    private final Set<String> partners;
    private final Set<String> projects;
    private final Set<String> draftPartners;
    private final Set<String> draftProjects;
    /** The ids in order, for suggestions: made on the first unknown reference. */
    private SortedSet<String> sortedPartners;
    private SortedSet<String> sortedProjects;

    References(List<Entry> published, List<Entry> all) {
        partners = ids(published, PartnerProfile.class);
        projects = ids(published, ProjectSheet.class);
        draftPartners = ids(all, PartnerProfile.class);
        draftPartners.removeAll(partners);
        draftProjects = ids(all, ProjectSheet.class);
        draftProjects.removeAll(projects);
    }

    private static Set<String> ids(List<Entry> entries, Class<? extends Entry> type) {
        Set<String> ids = new HashSet<>();
        for (Entry entry : entries) {
            if (type.isInstance(entry)) {
                ids.add(entry.id());
            }
        }
        return ids;
    }

    /** Reports through {@code f} each reference of {@code entry} to an entry that is not published. */
    void check(Entry entry, Supplier<Fields> f) {
        if (entry instanceof Guide g) {
            if (unknown(g.publisher(), partners)) {
                partner(f.get(), g.publisher(), "/editeur");
            }
            List<String> related = g.relatedProjects();
            for (int i = 0; i < related.size(); i++) {
                if (unknown(related.get(i), projects)) {
                    project(f.get(), related.get(i), "/projets_lies/" + i);
                }
            }
        } else if (entry instanceof ProjectSheet p) {
            if (unknown(p.holder(), partners)) {
                partner(f.get(), p.holder(), "/porteur");
            }
            for (int i = 0; i < p.partners().size(); i++) {
                if (unknown(p.partners().get(i).partner(), partners)) {
                    partner(f.get(), p.partners().get(i).partner(), "/partenaires/" + i);
                }
            }
            List<Changes.Actor> actors = p.changes() == null ? List.of() : p.changes().actors();
            for (int i = 0; i < actors.size(); i++) {
                if (unknown(actors.get(i).partner(), partners)) {
                    partner(f.get(), actors.get(i).partner(), "/changements/acteurs/" + i + "/ref");
                }
            }
        }
    }

    /** A missing reference (null) is the schema's problem, already reported, or an optional field left out. */
    private static boolean unknown(String id, Set<String> published) {
        return id != null && !published.contains(id);
    }

    private void partner(Fields f, String id, String pointer) {
        if (sortedPartners == null) {
            sortedPartners = new TreeSet<>(partners);
        }
        f.error(pointer, "« " + FieldPath.describe(pointer) + " » : partenaire « " + id + " » inconnu"
                + (draftPartners.contains(id) ? " (sa fiche est un brouillon)"
                : Suggestions.closest(id, sortedPartners).map(c -> " ; vouliez-vous dire « " + c + " » ?")
                .orElse(" ; créez content/partenaires/" + id + ".md")));
    }

    private void project(Fields f, String id, String pointer) {
        if (sortedProjects == null) {
            sortedProjects = new TreeSet<>(projects);
        }
        f.error(pointer, "« " + FieldPath.describe(pointer) + " » : projet « " + id + " » inconnu"
                + (draftProjects.contains(id) ? " (sa fiche est un brouillon)" : Suggestions.didYouMean(id, sortedProjects)));
    }
}
