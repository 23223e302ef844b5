package fr.terrinclus.render;

import fr.terrinclus.link.UrlScheme;
import fr.terrinclus.model.Entry;
import fr.terrinclus.model.Guide;
import fr.terrinclus.model.Library;
import fr.terrinclus.model.PartialDate;
import fr.terrinclus.model.PartnerProfile;
import fr.terrinclus.model.ProjectSheet;
import fr.terrinclus.reference.Country;
import fr.terrinclus.reference.Department;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Builds the {@link Card}s of listings, and sorts entries the way listings show them. */
final class Cards {
    /** Newest first, then by title: the order of listings and of "latest" blocks. */
    static final Comparator<Entry> NEWEST_FIRST = Comparator
            .comparing((Entry e) -> e.meta().lastChange(), Comparator.nullsLast(Comparator.<PartialDate>reverseOrder()))
            .thenComparing(Entry::title)
            .thenComparing(Entry::id);

    private final Library library;
    private final Strings strings;
    private final Formats formats;
    /** Each entry's card by source path, made once: an entry shows in its listing, its terms' pages and its neighbours'. */
    private final Map<String, Card> made = new ConcurrentHashMap<>();

    Cards(Library library, Strings strings, Formats formats) {
        this.library = library;
        this.strings = strings;
        this.formats = formats;
    }

    /** These cards but those of the entries at {@code paths}, made again when asked for. */
    Cards without(Set<String> paths) {
        Cards next = new Cards(library, strings, formats);
        next.made.putAll(made);
        paths.forEach(next.made::remove);
        return next;
    }

    List<Card> of(List<? extends Entry> entries) {
        return entries.stream().sorted(NEWEST_FIRST).map(this::of).toList();
    }

    Card of(Entry entry) {
        return made.computeIfAbsent(entry.source().path(), path -> make(entry));
    }

    private Card make(Entry entry) {
        List<String> facts = new ArrayList<>();
        if (entry instanceof ProjectSheet p) {
            facts.add(strings.require("statut." + p.status().code()));
            p.countries().stream().map(c -> library.reference().country(c).map(Country::name).orElse(c)).forEach(facts::add);
            p.departments().stream().map(d -> library.reference().department(d).map(Department::label).orElse(d)).forEach(facts::add);
        } else if (entry instanceof PartnerProfile p) {
            facts.add(strings.require("categorie." + p.category().code()));
            facts.add(library.reference().country(p.country()).map(Country::name).orElse(p.country()));
        } else if (entry instanceof Guide g && g.meta().published() != null) {
            facts.add(formats.date(g.meta().published()));
        }
        String kind = entry.kind().singular();
        return new Card(kind, strings.require("kind." + kind), entry.title(), UrlScheme.entry(entry),
                entry.meta().summary() == null ? "" : entry.meta().summary(), entry.meta().example(), facts);
    }
}
