package fr.terrinclus.validate;

import fr.terrinclus.Problem;
import fr.terrinclus.load.Position;
import fr.terrinclus.load.YamlDocument;
import fr.terrinclus.model.Code;
import fr.terrinclus.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Reads values out of a document that passed its schema, and reports problems the schema cannot
 * see (impossible dates, unknown references) at the value's position.
 */
final class Fields {
    private final YamlDocument doc;
    private final Consumer<Problem> report;

    Fields(YamlDocument doc, Consumer<Problem> report) {
        this.doc = doc;
        this.report = report;
    }

    /** The same document's fields, their problems reported to {@code other}. */
    Fields reportingTo(Consumer<Problem> other) {
        return new Fields(doc, other);
    }

    void error(String pointer, String message) {
        Position at = doc.valueAt(pointer);
        report.accept(new Problem(doc.file(), at.line(), at.column(), message));
    }

    static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }

    static List<String> texts(JsonNode node, String name) {
        List<String> out = new ArrayList<>();
        node.path(name).forEach(v -> out.add(v.asString()));
        return out;
    }

    /**
     * The vocabulary value of {@code name}, or null when absent or unknown: a document is read even
     * when its schema failed, and the schema has reported the unknown value.
     */
    static <E extends Enum<E> & Code> E code(JsonNode node, String name, Class<E> vocabulary) {
        String code = text(node, name);
        return code == null ? null : Code.find(vocabulary, code).orElse(null);
    }

    /** The known vocabulary values of the list {@code name}. */
    static <E extends Enum<E> & Code> List<E> codes(JsonNode node, String name, Class<E> vocabulary) {
        List<E> out = new ArrayList<>();
        node.path(name).forEach(v -> Code.find(vocabulary, v.asString()).ifPresent(out::add));
        return out;
    }

    static List<Integer> ints(JsonNode node, String name) {
        List<Integer> out = new ArrayList<>();
        node.path(name).forEach(v -> out.add(v.asInt()));
        return out;
    }

    static boolean flag(JsonNode node, String name) {
        return node.path(name).asBoolean(false);
    }

    /** The date at {@code pointer}, or null when absent; an impossible date is reported. */
    PartialDate date(JsonNode root, String pointer) {
        JsonNode value = root.at(pointer);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        return PartialDate.parse(value.asString()).orElseGet(() -> {
            error(pointer, "« " + FieldPath.describe(pointer) + " » : la date « " + value.asString()
                    + " » n'existe pas ; format attendu \"AAAA\", \"AAAA-MM\" ou \"AAAA-MM-JJ\"");
            return null;
        });
    }
}
