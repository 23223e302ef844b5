package fr.terrinclus.validate;

import fr.terrinclus.Suggestions;
import fr.terrinclus.model.Entry;
import fr.terrinclus.model.Guide;
import fr.terrinclus.model.PartnerProfile;
import fr.terrinclus.model.ProjectSheet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks that every reference between entries names a published partner or project. */
final class References {
    private final Set<String> partners;
    private final Set<String> projects;
    private final Set<String> draftPartners;
    private final Set<String> draftProjects;

    References(List<Entry> published, List<Entry> all) {
        partners = ids(published, PartnerProfile.class);
        projects = ids(published, ProjectSheet.class);
        draftPartners = ids(all, PartnerProfile.class);
        draftPartners.removeAll(partners);
        draftProjects = ids(all, ProjectSheet.class);
        draftProjects.removeAll(projects);
    }

    private static Set<String> ids(List<Entry> entries, Class<? extends Entry> type) {
        return entries.stream().filter(type::isInstance).map(Entry::id).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Reports through {@code f} each reference of {@code entry} to an entry that is not published. */
    void check(Entry entry, Fields f) {
        if (entry instanceof Guide g) {
            if (g.publisher() != null) {
                partner(f, g.publisher(), "/editeur");
            }
            for (int i = 0; i < g.relatedProjects().size(); i++) {
                project(f, g.relatedProjects().get(i), "/projets_lies/" + i);
            }
        } else if (entry instanceof ProjectSheet p) {
            partner(f, p.holder(), "/porteur");
            for (int i = 0; i < p.partners().size(); i++) {
                partner(f, p.partners().get(i).partner(), "/partenaires/" + i);
            }
            List<fr.terrinclus.model.Changes.Actor> actors = p.changes() == null ? List.of() : p.changes().actors();
            for (int i = 0; i < actors.size(); i++) {
                if (actors.get(i).partner() != null) {
                    partner(f, actors.get(i).partner(), "/changements/acteurs/" + i + "/ref");
                }
            }
        }
    }

    private void partner(Fields f, String id, String pointer) {
        // a missing reference is the schema's problem, already reported
        if (id != null && !partners.contains(id)) {
            f.error(pointer, "« " + FieldPath.describe(pointer) + " » : partenaire « " + id + " » inconnu"
                    + (draftPartners.contains(id) ? " (sa fiche est un brouillon)"
                    : Suggestions.closest(id, partners).map(c -> " ; vouliez-vous dire « " + c + " » ?")
                    .orElse(" ; créez content/partenaires/" + id + ".md")));
        }
    }

    private void project(Fields f, String id, String pointer) {
        if (id != null && !projects.contains(id)) {
            f.error(pointer, "« " + FieldPath.describe(pointer) + " » : projet « " + id + " » inconnu"
                    + (draftProjects.contains(id) ? " (sa fiche est un brouillon)" : Suggestions.didYouMean(id, projects)));
        }
    }
}
