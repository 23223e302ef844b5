package fr.terrinclus.render;

import fr.terrinclus.model.Library;
import fr.terrinclus.model.PartnerProfile;
import fr.terrinclus.model.ProjectSheet;
import fr.terrinclus.model.Theme;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entries one page's templates look up by id, and the library they are found in. What a page
 * looked up is one of its dependencies: a project's page shows its holder's name, so it changes
 * when the holder's profile does, though its model does not. One per rendering, on one thread.
 */
final class Lookups {
    private final Library library;
    private final Set<String> keys = new TreeSet<>();

    Lookups(Library library) {
        this.library = library;
    }

    PartnerProfile partner(String id) {
        keys.add(Dependencies.partnerKey(id));
        return library.partner(id).orElse(null);
    }

    ProjectSheet project(String id) {
        keys.add(Dependencies.projectKey(id));
        return library.project(id).orElse(null);
    }

    Theme theme(String id) {
        // the vocabulary is the site's: a change of it rebuilds everything
        return library.theme(id).orElse(null);
    }

    /** What was looked up, as {@link Dependencies} keys. */
    Set<String> keys() {
        return keys;
    }
}
