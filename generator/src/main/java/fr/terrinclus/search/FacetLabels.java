package fr.terrinclus.search;

import fr.terrinclus.model.Entry;
import fr.terrinclus.model.Library;
import fr.terrinclus.model.Theme;
import fr.terrinclus.reference.Country;
import fr.terrinclus.reference.Department;
import fr.terrinclus.reference.Sdg;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The label readers see for a facet value: « Seine-Maritime (76) » for {@code departement / 76}. */
public final class FacetLabels implements BiFunction<String, String, String> {
    private final Library library;
    private final Function<String, Optional<String>> strings;

    /** @param strings the theme's interface strings, by key ({@code statut.en_cours}) */
    public FacetLabels(Library library, Function<String, Optional<String>> strings) {
        this.library = library;
        this.strings = strings;
    }

    @Override
    public String apply(String facet, String value) {
        Optional<String> label = switch (facet) {
            case "type" -> strings.apply("kind." + value);
            case "statut" -> strings.apply("statut." + value);
            case "departement" -> library.reference().department(value).map(Department::label);
            case "pays" -> library.reference().country(value).map(Country::name);
            case "thematique" -> library.theme(value).map(Theme::label);
            case "odd" -> library.reference().sdg(Integer.parseInt(value)).map(Sdg::label);
            default -> library.partner(value).map(Entry::title);
        };
        return label.orElse(value);
    }
}
