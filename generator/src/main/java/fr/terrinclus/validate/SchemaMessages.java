package fr.terrinclus.validate;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import fr.terrinclus.Problem;
import fr.terrinclus.Suggestions;
import fr.terrinclus.load.Position;
import fr.terrinclus.load.YamlDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Words JSON Schema errors in French for editors: which field, what was expected (from the
 * schema's {@code description}), what was found, and the closest valid key or value.
 */
final class SchemaMessages {
    private final Map<String, JsonNode> rawSchemas;

    /** @param rawSchemas the schema files by name, as published */
    SchemaMessages(Map<String, JsonNode> rawSchemas) {
        this.rawSchemas = rawSchemas;
    }

    /** Whether a "type" error says {@code type} was expected. */
    static boolean expects(Error m, String type) {
        return m.getArguments().length > 1 && String.valueOf(m.getArguments()[1]).contains(type);
    }

    Problem problem(YamlDocument doc, Error m) {
        String pointer = m.getInstanceLocation().toString();
        String field = FieldPath.describe(pointer);
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        JsonNode value = m.getInstanceNode();
        Position at = doc.valueAt(pointer);
        String text;
        switch (m.getKeyword()) {
            case "required" -> {
                text = "champ obligatoire « " + FieldPath.describe(FieldPath.child(pointer, m.getProperty()))
                        + " » manquant" + hint(m, m.getProperty());
                at = pointer.isEmpty() ? new Position(Math.max(doc.valueAt("").line(), 1), 1) : doc.keyAt(pointer);
            }
            case "additionalProperties" -> {
                String unknown = m.getProperty();
                at = doc.keyAt(FieldPath.child(pointer, unknown));
                List<String> known = propertyNames(m);
                text = "champ inconnu « " + unknown + " »" + (pointer.isEmpty() ? "" : " dans « " + field + " »")
                        + Suggestions.closest(unknown, known).map(c -> " ; vouliez-vous dire « " + c + " » ?")
                                .orElse(" ; champs possibles : " + String.join(", ", known));
            }
            case "type" -> text = "« " + field + " » : " + describeType(String.valueOf(args.length > 1 ? args[1] : ""))
                    + " attendu, " + describeValue(value) + " trouvé" + (expects(m, "boolean") ? "" : hint(m, null));
            case "enum" -> {
                List<String> allowed = enumValues(m);
                text = "« " + field + " » : valeur « " + scalar(value) + " » inconnue"
                        + Suggestions.closest(scalar(value), allowed).map(c -> " ; vouliez-vous dire « " + c + " » ?")
                                .orElse("") + " ; valeurs possibles : " + String.join(", ", allowed);
            }
            case "pattern" -> text = "« " + field + " » : « " + scalar(value) + " » n'est pas " + hint(m, null, "au format attendu");
            case "minLength" -> text = "« " + field + " » est vide";
            case "maxLength" -> text = "« " + field + " » est trop long : " + scalar(value).length() + " caractères pour "
                    + args[0] + " au plus";
            case "minItems" -> text = "« " + field + " » doit contenir au moins " + args[0] + " élément(s)";
            case "minimum" -> text = "« " + field + " » : " + scalar(value) + " est inférieur au minimum " + args[0];
            case "maximum" -> text = "« " + field + " » : " + scalar(value) + " est supérieur au maximum " + args[0];
            case "uniqueItems" -> text = "« " + field + " » contient deux fois la même valeur";
            case "oneOf", "anyOf" -> text = "« " + field + " » : forme de valeur non reconnue" + hint(m, null);
            default -> text = "« " + field + " » : " + m.getMessage();
        }
        return new Problem(doc.file(), at.line(), at.column(), text);
    }

    private String hint(Error m, String property) {
        String hint = hint(m, property, null);
        return hint.isEmpty() ? "" : " : " + hint;
    }

    /** The {@code description} the schema gives for the failing part, or {@code fallback}. */
    private String hint(Error m, String property, String fallback) {
        JsonNode schema = schemaAt(m.getSchemaLocation());
        if (schema != null && property != null) {
            schema = schema.path("properties").path(property);
        }
        JsonNode description = schema == null ? null : resolve(schema).get("description");
        if (description != null) {
            return description.asString();
        }
        return fallback == null ? "" : fallback;
    }

    /** The schema object that holds the failing keyword. */
    private JsonNode schemaAt(SchemaLocation location) {
        String iri = location.getAbsoluteIri().toString();
        JsonNode file = rawSchemas.get(iri.substring(iri.lastIndexOf('/') + 1));
        if (file == null) {
            return null;
        }
        String fragment = location.getFragment().toString();
        int keyword = fragment.lastIndexOf('/');
        return keyword <= 0 ? file : file.at(fragment.substring(0, keyword));
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null || schema.has("description")) {
            return schema;
        }
        String[] parts = ref.asString().split("#", 2);
        JsonNode file = parts[0].isEmpty() ? null : rawSchemas.get(parts[0]);
        return file == null ? schema : file.at(parts[1]);
    }

    private List<String> propertyNames(Error m) {
        JsonNode schema = schemaAt(m.getSchemaLocation());
        List<String> names = new ArrayList<>();
        if (schema != null) {
            schema.path("properties").propertyNames().forEach(names::add);
        }
        return names;
    }

    private List<String> enumValues(Error m) {
        JsonNode schema = schemaAt(m.getSchemaLocation());
        List<String> values = new ArrayList<>();
        if (schema != null) {
            schema.path("enum").forEach(v -> values.add(v.asString()));
        }
        return values;
    }

    private static String describeType(String expected) {
        return Stream.of(expected.replaceAll("[\\[\\]\\s]", "").split(","))
                .map(t -> switch (t) {
                    case "string" -> "un texte";
                    case "integer" -> "un nombre entier";
                    case "number" -> "un nombre";
                    case "boolean" -> "true ou false";
                    case "array" -> "une liste";
                    case "object" -> "un bloc de champs";
                    case "null" -> "rien";
                    default -> t;
                })
                .reduce((a, b) -> a + " ou " + b).orElse(expected);
    }

    private static String describeValue(JsonNode value) {
        if (value == null || value.isNull()) {
            return "une valeur vide";
        }
        if (value.isArray()) {
            return "une liste";
        }
        if (value.isObject()) {
            return "un bloc de champs";
        }
        if (value.isBoolean()) {
            return "la valeur " + value.asString();
        }
        if (value.isNumber()) {
            return "le nombre " + value.asString();
        }
        return "le texte « " + scalar(value) + " »";
    }

    /** The value as the editor wrote it, on one line: a message is one {@code path:line:column} line. */
    private static String scalar(JsonNode value) {
        String text = value == null ? "" : value.isContainer() ? value.toString() : value.asString();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
