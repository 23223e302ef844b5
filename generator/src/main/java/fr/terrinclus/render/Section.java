package fr.terrinclus.render;

import java.util.List;

/** A titled group of cards on a department, country, theme or SDG page. */
public record Section(String title, List<Card> cards) {
    public Section {
        cards = List.copyOf(cards);
    }
}
