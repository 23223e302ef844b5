package fr.terrinclus.render;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The interface strings of a theme for one language ({@code i18n/fr.yaml}), so that templates
 * hold no user-facing text and a new language is a new file. Immutable.
 */
public final class Strings {
    private final Map<String, String> values;
    private final Locale locale;

    Strings(Map<String, String> values, Locale locale) {
        this.values = Map.copyOf(values);
        this.locale = locale;
    }

    /** Reads a language file's bytes; nested keys become dotted ({@code nav.skip}). */
    static Strings parse(byte[] yaml) throws IOException {
        JsonNode root = new YAMLMapper().readTree(yaml);
        Map<String, String> flat = new HashMap<>();
        flatten("", root, flat);
        Locale locale = Locale.forLanguageTag(flat.getOrDefault("locale", "fr-FR"));
        return new Strings(flat, locale);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(prefix + e.getKey() + ".", e.getValue(), out));
        } else {
            out.put(prefix.substring(0, prefix.length() - 1), node.asString());
        }
    }

    public Locale locale() {
        return locale;
    }

    /** The string for {@code key}, with {@code {0}}, {@code {1}} replaced; empty when the key is unknown. */
    public Optional<String> get(String key, Object... args) {
        String pattern = values.get(key);
        if (pattern == null) {
            return Optional.empty();
        }
        return Optional.of(args.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), locale).format(args));
    }

    /**
     * The strings whose key starts with {@code prefix}, as a JSON object keyed without the prefix,
     * safe inside a {@code <script>} element: what a theme's script needs.
     */
    public String json(String prefix) {
        Map<String, String> selected = new TreeMap<>();
        values.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                selected.put(k.substring(prefix.length()), v);
            }
        });
        try {
            return new ObjectMapper().writeValueAsString(selected).replace("<", "\\u003c");
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The string for {@code key}; a missing key is a theme bug. */
    public String require(String key, Object... args) {
        return get(key, args).orElseThrow(() -> new IllegalArgumentException("chaîne d'interface « " + key
                + " » absente du fichier de langue du thème"));
    }
}
