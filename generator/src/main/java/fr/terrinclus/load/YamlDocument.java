package fr.terrinclus.load;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A parsed YAML mapping together with where each of its values and keys stands in the file.
 *
 * <p>Positions are keyed by JSON Pointer ({@code /pays/0}), the form JSON Schema errors use,
 * and are absolute in the source file (the front matter's offset is already added).
 * {@code plainScalars} keeps the original text of unquoted scalars that YAML read as numbers,
 * so that a code such as {@code 76} can be read as the text {@code "76"} where a text is expected.
 */
public record YamlDocument(
        String file,
        JsonNode root,
        Map<String, Position> valuePositions,
        Map<String, Position> keyPositions,
        Map<String, String> plainScalars) {

    public YamlDocument {
        valuePositions = Map.copyOf(valuePositions);
        keyPositions = Map.copyOf(keyPositions);
        plainScalars = Map.copyOf(plainScalars);
    }

    /** Where the value at {@code pointer} starts, or the nearest enclosing value's position. */
    public Position valueAt(String pointer) {
        String p = pointer;
        while (true) {
            Position found = valuePositions.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return Position.UNKNOWN;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Where the key of the member at {@code pointer} is written, falling back to its value. */
    public Position keyAt(String pointer) {
        Position key = keyPositions.get(pointer);
        return key != null ? key : valueAt(pointer);
    }
}
