package fr.terrinclus.validate;

import fr.terrinclus.Problem;
import fr.terrinclus.Problems;
import fr.terrinclus.load.ContentKind;
import fr.terrinclus.model.Entry;
import fr.terrinclus.model.Guide;
import fr.terrinclus.model.Library;
import fr.terrinclus.model.PartnerProfile;
import fr.terrinclus.model.PlainPage;
import fr.terrinclus.model.ProjectSheet;
import fr.terrinclus.model.SiteConfig;
import fr.terrinclus.model.Theme;
import fr.terrinclus.reference.ReferenceData;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The drafts of a site put together into its library once the references between them are
 * checked. Drafts may be put and removed a few at a time, as a live preview does: the references
 * of the changed drafts only are checked again, unless the published partners or projects changed
 * (an entry came, went or became a draft), which may change any message. A clean build uses it
 * once, so both give the same library and problems.
 */
public final class Assembly {
    private final boolean includeDrafts;
    private final ReferenceData reference;
    private final Map<String, ContentValidator.Draft> byPath = new HashMap<>();
    /** Each kind's drafts by id, in the order the library lists them; an id names one file of a kind's folder. */
    private final Map<ContentKind, TreeMap<String, ContentValidator.Draft>> byKind = new EnumMap<>(ContentKind.class);
    /** The problems of each draft's references, as last checked. */
    private final Map<String, List<Problem>> referenceProblems = new HashMap<>();
    private final Set<String> unchecked = new HashSet<>();
    private References references;

    /** @param includeDrafts whether entries marked {@code brouillon: true} are published */
    Assembly(boolean includeDrafts, ReferenceData reference) {
        this.includeDrafts = includeDrafts;
        this.reference = reference;
        for (ContentKind kind : ContentKind.values()) {
            byKind.put(kind, new TreeMap<>());
        }
    }

    /** Puts the draft of the file at {@code path}, in place of the one it had, or removes it when {@code draft} is null. */
    public void put(String path, ContentValidator.Draft draft) {
        ContentValidator.Draft old = draft == null ? byPath.remove(path) : byPath.put(path, draft);
        if (old == draft) {
            return;
        }
        if (old != null) {
            byKind.get(old.entry().kind()).remove(old.entry().id());
        }
        if (draft != null) {
            byKind.get(draft.entry().kind()).put(draft.entry().id(), draft);
        }
        referenceProblems.remove(path);
        unchecked.add(path);
        if (references != null && !Objects.equals(referenced(old), referenced(draft))) {
            references = null;
        }
    }

    /** Removes every draft. */
    public void clear() {
        byPath.clear();
        byKind.values().forEach(Map::clear);
        referenceProblems.clear();
        unchecked.clear();
        references = null;
    }

    /** What other entries' references see of a draft: a partner or project, published or not. */
    private String referenced(ContentValidator.Draft draft) {
        if (draft == null || !(draft.entry() instanceof PartnerProfile || draft.entry() instanceof ProjectSheet)) {
            return null;
        }
        return draft.entry().kind() + "/" + draft.entry().id() + "/" + published(draft.entry());
    }

    private boolean published(Entry entry) {
        return includeDrafts || !entry.meta().draft();
    }

    /**
     * The library of the drafts; empty when {@code problems} holds any, from this or an earlier step.
     *
     * @param assets files other than Markdown, relative to the content folder
     */
    public Optional<Library> library(SiteConfig site, List<Theme> themes, List<String> assets,
                                               Problems problems) {
        if (references == null) {
            List<Entry> all = new ArrayList<>();
            byKind.values().forEach(drafts -> drafts.values().forEach(d -> all.add(d.entry())));
            references = new References(all.stream().filter(this::published).toList(), all);
            unchecked.addAll(byPath.keySet());
            referenceProblems.clear();
        }
        for (String path : unchecked) {
            ContentValidator.Draft draft = byPath.get(path);
            if (draft != null && published(draft.entry())) {
                Problems own = new Problems();
                references.check(draft.entry(), () -> draft.checks().fields().reportingTo(own::add));
                if (!own.isEmpty()) {
                    referenceProblems.put(path, own.sorted());
                }
            }
        }
        unchecked.clear();
        referenceProblems.values().forEach(list -> list.forEach(problems::add));
        if (!problems.isEmpty() || site == null) {
            return Optional.empty();
        }
        return Optional.of(new Library(site, published(ContentKind.GUIDE, Guide.class),
                published(ContentKind.PROJECT, ProjectSheet.class), published(ContentKind.PARTNER, PartnerProfile.class),
                published(ContentKind.PAGE, PlainPage.class), themes, assets, reference));
    }

    private <T extends Entry> List<T> published(ContentKind kind, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (ContentValidator.Draft draft : byKind.get(kind).values()) {
            if (published(draft.entry())) {
                out.add(type.cast(draft.entry()));
            }
        }
        return out;
    }
}
