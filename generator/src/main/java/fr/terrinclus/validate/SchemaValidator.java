package fr.terrinclus.validate;

import fr.terrinclus.Suggestions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import fr.terrinclus.Problem;
import fr.terrinclus.load.Position;
import fr.terrinclus.load.YamlDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Validates YAML documents against the JSON Schemas shipped in {@code schemas/}, the single source
 * of truth for what each kind of file may contain, and turns schema errors into French messages
 * placed at the offending key or value.
 *
 * <p>Unquoted codes read as numbers ({@code departements: [76]}) are read back as the text the
 * editor typed where the schema expects text. Thread-safe once built.
 */
public final class SchemaValidator {
    /** The schema files, in the order they are published. */
    public static final List<String> SCHEMAS = List.of("commun", "site", "thematiques", "guide", "projet", "partenaire", "page");
    private static final String BASE = "classpath:fr/terrinclus/validate/schemas/";

    private final Map<String, JsonSchema> schemas = new HashMap<>();
    private final Map<String, JsonNode> rawSchemas = new HashMap<>();

    public SchemaValidator() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        ObjectMapper mapper = new ObjectMapper();
        for (String name : SCHEMAS) {
            rawSchemas.put(name + ".schema.json", readResource(mapper, name + ".schema.json"));
            schemas.put(name, factory.getSchema(SchemaLocation.of(BASE + name + ".schema.json"), config));
        }
    }

    /** The text of a schema file, for publishing it next to the site. */
    public static byte[] schemaBytes(String name) {
        try (InputStream in = SchemaValidator.class.getResourceAsStream("schemas/" + name + ".schema.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates {@code doc} against schema {@code name}.
     *
     * @return the document's tree, with unquoted codes turned back into text where text is expected
     */
    public JsonNode validate(String name, YamlDocument doc, Consumer<Problem> report) {
        JsonSchema schema = schemas.get(name);
        if (schema == null) {
            throw new IllegalArgumentException("unknown schema: " + name);
        }
        JsonNode root = doc.root().deepCopy();
        if (!root.isObject()) {
            Position at = doc.valueAt("");
            report.accept(new Problem(doc.file(), at.line(), at.column(),
                    "l'en-tête doit être une suite de champs « nom: valeur »"));
            return root;
        }
        Set<ValidationMessage> messages = schema.validate(root);
        if (coerceNumbersToText(root, doc, messages)) {
            messages = schema.validate(root);
        }
        for (ValidationMessage message : mostSpecific(messages)) {
            report.accept(problem(doc, message));
        }
        return root;
    }

    private static boolean coerceNumbersToText(JsonNode root, YamlDocument doc, Set<ValidationMessage> messages) {
        boolean changed = false;
        for (ValidationMessage m : messages) {
            String pointer = m.getInstanceLocation().toString();
            String plain = doc.plainScalars().get(pointer);
            if ("type".equals(m.getType()) && plain != null && expects(m, "string")) {
                changed |= replace(root, pointer, JsonNodeFactory.instance.textNode(plain));
            }
        }
        return changed;
    }

    private static boolean expects(ValidationMessage m, String type) {
        return m.getArguments().length > 1 && String.valueOf(m.getArguments()[1]).contains(type);
    }

    private static boolean replace(JsonNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
            return true;
        }
        if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), value);
            return true;
        }
        return false;
    }

    /**
     * Keeps one message per place: a failed "anyOf" reports every branch's complaint, of which
     * only the one about the editor's actual form of value helps.
     */
    private static List<ValidationMessage> mostSpecific(Set<ValidationMessage> messages) {
        Map<String, ValidationMessage> byPlace = new LinkedHashMap<>();
        messages.stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparingInt(SchemaValidator::rank)
                        .thenComparing(ValidationMessage::getMessage))
                .forEach(m -> byPlace.putIfAbsent(place(m), m));
        List<ValidationMessage> kept = new ArrayList<>(byPlace.values());
        // in an "anyOf", the branch whose type does not match the value says nothing useful
        kept.removeIf(m -> "type".equals(m.getType()) && kept.stream().anyMatch(o -> !"type".equals(o.getType())
                && !isGeneric(o) && (o.getInstanceLocation().toString() + "/").startsWith(m.getInstanceLocation().toString() + "/")));
        // a complaint about an element makes the one about its whole list redundant
        kept.removeIf(m -> isGeneric(m) && kept.stream().anyMatch(o -> o != m
                && o.getInstanceLocation().toString().startsWith(m.getInstanceLocation().toString() + "/")));
        return kept;
    }

    private static String place(ValidationMessage m) {
        String pointer = m.getInstanceLocation().toString();
        return switch (m.getType()) {
            case "required", "additionalProperties" -> pointer + "/" + m.getProperty();
            default -> pointer;
        };
    }

    private static boolean isGeneric(ValidationMessage m) {
        return Set.of("anyOf", "oneOf").contains(m.getType());
    }

    private static int rank(ValidationMessage m) {
        return switch (m.getType()) {
            case "type" -> 3;
            case "anyOf", "oneOf" -> 4;
            default -> 1;
        };
    }

    private Problem problem(YamlDocument doc, ValidationMessage m) {
        String pointer = m.getInstanceLocation().toString();
        String field = FieldPath.describe(pointer);
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        JsonNode value = m.getInstanceNode();
        Position at = doc.valueAt(pointer);
        String text;
        switch (m.getType()) {
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

    private String hint(ValidationMessage m, String property) {
        String hint = hint(m, property, null);
        return hint.isEmpty() ? "" : " : " + hint;
    }

    /** The {@code description} the schema gives for the failing part, or {@code fallback}. */
    private String hint(ValidationMessage m, String property, String fallback) {
        JsonNode schema = schemaAt(m.getSchemaLocation());
        if (schema != null && property != null) {
            schema = schema.path("properties").path(property);
        }
        JsonNode description = schema == null ? null : resolve(schema).get("description");
        if (description != null) {
            return description.asText();
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
        String[] parts = ref.asText().split("#", 2);
        JsonNode file = parts[0].isEmpty() ? null : rawSchemas.get(parts[0]);
        return file == null ? schema : file.at(parts[1]);
    }

    private List<String> propertyNames(ValidationMessage m) {
        JsonNode schema = schemaAt(m.getSchemaLocation());
        List<String> names = new ArrayList<>();
        if (schema != null) {
            schema.path("properties").fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private List<String> enumValues(ValidationMessage m) {
        JsonNode schema = schemaAt(m.getSchemaLocation());
        List<String> values = new ArrayList<>();
        if (schema != null) {
            schema.path("enum").forEach(v -> values.add(v.asText()));
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
            return "la valeur " + value.asText();
        }
        if (value.isNumber()) {
            return "le nombre " + value.asText();
        }
        return "le texte « " + value.asText() + " »";
    }

    private static String scalar(JsonNode value) {
        return value == null ? "" : value.isContainerNode() ? value.toString() : value.asText();
    }

    private static JsonNode readResource(ObjectMapper mapper, String name) {
        try (InputStream in = SchemaValidator.class.getResourceAsStream("schemas/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing schema " + name);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
