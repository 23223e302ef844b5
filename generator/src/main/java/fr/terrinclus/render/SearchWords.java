package fr.terrinclus.render;

import fr.terrinclus.model.Entry;
import fr.terrinclus.model.Library;
import fr.terrinclus.model.Theme;
import fr.terrinclus.reference.Country;
import fr.terrinclus.reference.Department;
import fr.terrinclus.reference.Sdg;
import fr.terrinclus.search.SearchLabels;
import java.util.List;
import java.util.Optional;

/** The theme's words for what the search shows: kind labels, the facts of listings' cards, facet values. */
final class SearchWords implements SearchLabels {
    private final Library library;
    private final Strings strings;
    private final Cards cards;

    SearchWords(Library library, Strings strings, Cards cards) {
        this.library = library;
        this.strings = strings;
        this.cards = cards;
    }

    @Override
    public String kind(String kind) {
        return strings.require("kind." + kind);
    }

    @Override
    public List<String> facts(Entry entry) {
        return cards.of(entry).facts();
    }

    @Override
    public String facet(String facet, String value) {
        Optional<String> label = switch (facet) {
            case "type" -> strings.get("kind." + value);
            case "statut" -> strings.get("statut." + value);
            case "departement" -> library.reference().department(value).map(Department::label);
            case "pays" -> library.reference().country(value).map(Country::name);
            case "thematique" -> library.theme(value).map(Theme::label);
            case "odd" -> library.reference().sdg(Integer.parseInt(value)).map(Sdg::label);
            default -> library.partner(value).map(Entry::title);
        };
        return label.orElse(value);
    }
}
