package fr.terrinclus.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.terrinclus.model.AccessibilityState;
import fr.terrinclus.model.Approach;
import fr.terrinclus.model.Audience;
import fr.terrinclus.model.Code;
import fr.terrinclus.model.CycleStep;
import fr.terrinclus.model.MonitoringMethod;
import fr.terrinclus.model.ObservationStatus;
import fr.terrinclus.model.PartnerCategory;
import fr.terrinclus.model.ProjectStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The schemas are the description of each closed vocabulary; the model's enums follow them exactly. */
class VocabulariesTest {
    static Stream<Arguments> vocabularies() {
        return Stream.of(
                Arguments.of("projet", "/properties/statut/enum", ProjectStatus.class),
                Arguments.of("partenaire", "/properties/categorie/enum", PartnerCategory.class),
                Arguments.of("guide", "/properties/approches/items/enum", Approach.class),
                Arguments.of("guide", "/properties/public_cible/items/enum", Audience.class),
                Arguments.of("guide", "/properties/etapes_cycle_projet/items/enum", CycleStep.class),
                Arguments.of("site", "/properties/accessibilite/properties/etat/enum", AccessibilityState.class),
                Arguments.of("projet", "/$defs/changements/properties/suivi/properties/methodes/items/enum",
                        MonitoringMethod.class),
                Arguments.of("projet",
                        "/$defs/changements/properties/observations/items/properties/statut/enum",
                        ObservationStatus.class));
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void eachEnumHoldsTheValuesOfItsSchema(String schema, String pointer, Class<? extends Code> vocabulary) {
        JsonNode values = new ObjectMapper().readTree(SchemaValidator.schemaBytes(schema)).at(pointer);
        List<String> written = new ArrayList<>();
        values.forEach(v -> written.add(v.asString()));
        List<String> codes = Arrays.stream(vocabulary.getEnumConstants()).map(Code::code).toList();
        assertEquals(written, codes);
        // templates and theme strings print a value as content files write it
        assertEquals(written, Arrays.stream(vocabulary.getEnumConstants()).map(Object::toString).toList());
    }

    /** A vocabulary added to a schema gets its enum: only the site's language, always « fr », has none. */
    @Test
    void everyVocabularyOfTheSchemasHasItsEnum() {
        Set<String> inSchemas = new TreeSet<>();
        for (String schema : SchemaValidator.SCHEMAS) {
            enums(schema, "", new ObjectMapper().readTree(SchemaValidator.schemaBytes(schema)), inSchemas);
        }
        Set<String> covered = new TreeSet<>(Set.of("site:/properties/langue/enum"));
        vocabularies().forEach(a -> covered.add(a.get()[0] + ":" + a.get()[1]));
        assertEquals(covered, inSchemas);
    }

    private static void enums(String schema, String pointer, JsonNode node, Set<String> out) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                String child = pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                if (e.getKey().equals("enum")) {
                    out.add(schema + ":" + child);
                }
                enums(schema, child, e.getValue(), out);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                enums(schema, pointer + "/" + i, node.get(i), out);
            }
        }
    }
}
