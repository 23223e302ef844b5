package fr.terrinclus.render;

import java.util.List;

/**
 * What a listing shows of an entry: its type, title, link, summary and a few key facts.
 *
 * @param path the entry's site path, made relative by the template
 */
public record Card(String kind, String kindLabel, String title, String path, String summary, boolean example,
                   List<String> facts) {
    public Card {
        facts = List.copyOf(facts);
    }
}
