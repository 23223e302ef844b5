package fr.terrinclus.validate;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

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

    private final Map<String, Schema> schemas = new HashMap<>();
    private final Map<String, JsonNode> rawSchemas = new HashMap<>();
    private final SchemaMessages messages = new SchemaMessages(rawSchemas);

    public SchemaValidator() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        ObjectMapper mapper = new ObjectMapper();
        for (String name : SCHEMAS) {
            rawSchemas.put(name + ".schema.json", readResource(mapper, name + ".schema.json"));
            schemas.put(name, registry.getSchema(SchemaLocation.of(BASE + name + ".schema.json")));
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
        Schema schema = schemas.get(name);
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
        List<Error> found = schema.validate(root);
        if (coerceNumbersToText(root, doc, found)) {
            found = schema.validate(root);
        }
        for (Error message : mostSpecific(found)) {
            report.accept(messages.problem(doc, message));
        }
        return root;
    }

    private static boolean coerceNumbersToText(JsonNode root, YamlDocument doc, List<Error> messages) {
        boolean changed = false;
        for (Error m : messages) {
            String pointer = m.getInstanceLocation().toString();
            String plain = doc.plainScalars().get(pointer);
            if ("type".equals(m.getKeyword()) && plain != null && SchemaMessages.expects(m, "string")) {
                changed |= replace(root, pointer, JsonNodeFactory.instance.stringNode(plain));
            }
        }
        return changed;
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
    private static List<Error> mostSpecific(List<Error> messages) {
        Map<String, Error> byPlace = new LinkedHashMap<>();
        messages.stream()
                .sorted(Comparator.comparing((Error m) -> m.getInstanceLocation().toString())
                        .thenComparingInt(SchemaValidator::rank)
                        .thenComparing(Error::getMessage))
                .forEach(m -> byPlace.putIfAbsent(place(m), m));
        List<Error> kept = new ArrayList<>(byPlace.values());
        // in an "anyOf", the branch whose type does not match the value says nothing useful
        kept.removeIf(m -> "type".equals(m.getKeyword()) && kept.stream().anyMatch(o -> !"type".equals(o.getKeyword())
                && !isGeneric(o) && (o.getInstanceLocation().toString() + "/").startsWith(m.getInstanceLocation().toString() + "/")));
        // a complaint about an element makes the one about its whole list redundant
        kept.removeIf(m -> isGeneric(m) && kept.stream().anyMatch(o -> o != m
                && o.getInstanceLocation().toString().startsWith(m.getInstanceLocation().toString() + "/")));
        return kept;
    }

    private static String place(Error m) {
        String pointer = m.getInstanceLocation().toString();
        return switch (m.getKeyword()) {
            case "required", "additionalProperties" -> pointer + "/" + m.getProperty();
            default -> pointer;
        };
    }

    private static boolean isGeneric(Error m) {
        return Set.of("anyOf", "oneOf").contains(m.getKeyword());
    }

    private static int rank(Error m) {
        return switch (m.getKeyword()) {
            case "type" -> 3;
            case "anyOf", "oneOf" -> 4;
            default -> 1;
        };
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
