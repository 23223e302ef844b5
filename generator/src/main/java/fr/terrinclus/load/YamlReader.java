package fr.terrinclus.load;

import fr.terrinclus.Limits;
import fr.terrinclus.Problem;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLSchema;

/**
 * Reads YAML into a JSON tree while recording the position of every key and value.
 *
 * <p>It departs from YAML 1.1 where YAML 1.1 silently changes what an editor meant: only
 * {@code true} and {@code false} are booleans ({@code NO} stays the text "NO", Norway's code),
 * numbers written with a leading zero ({@code 01}) stay text, and dates stay text. Duplicate
 * keys are problems, not a silent "last one wins". Thread-safe.
 */
public final class YamlReader {
    private static final Set<String> BOOLEANS = Set.of("true", "false", "True", "False", "TRUE", "FALSE");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Longer numbers are no amount or count, and converting them costs the square of their length. */
    private static final int MAX_NUMBER_CHARS = 40;
    /** YAML 1.2's core schema: « ~ » and « Null » are empty, « .5 » is a number, as in the YAML 1.1 of editors' habits. */
    private final YAMLFactory factory = YAMLFactory.builder().yamlSchema(YAMLSchema.CORE).build();

    /**
     * Parses {@code text}, whose first line is line {@code firstLine} of {@code file}.
     *
     * @return the document, or empty after reporting problems to {@code report}
     */
    public Optional<YamlDocument> read(String file, String text, int firstLine, Consumer<Problem> report) {
        Optional<Problem> invisible = invisibleCharacter(file, text, firstLine - 1);
        if (invisible.isPresent()) {
            report.accept(invisible.get());
            return Optional.empty();
        }
        Builder builder = new Builder(file, firstLine - 1, report);
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            JsonNode root = first == null ? NODES.objectNode() : builder.value(parser, "");
            if (parser.nextToken() != null) {
                Position at = builder.position(parser.currentTokenLocation());
                report.accept(new Problem(file, at.line(), at.column(),
                        "un seul bloc YAML est attendu ici ; supprimez la ligne « --- » en trop"));
                return Optional.empty();
            }
            if (builder.failed) {
                return Optional.empty();
            }
            return Optional.of(new YamlDocument(file, root, builder.values, builder.keys, builder.plain));
        } catch (Builder.Stop e) {
            return Optional.empty();
        } catch (JacksonException e) {
            report.accept(syntaxProblem(file, firstLine - 1, e));
            return Optional.empty();
        }
    }

    /**
     * The first character YAML forbids (controls other than tab and line feed, U+FFFE, U+FFFF):
     * located here, since the YAML parser reports it in English at the start of the document.
     */
    static Optional<Problem> invisibleCharacter(String file, String text, int lineOffset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F && c != 0x85 || c == 0xFFFE || c == 0xFFFF) {
                return Optional.of(new Problem(file, line + lineOffset, i - lineStart + 1, String.format(
                        "caractère invisible U+%04X interdit dans l'en-tête YAML : supprimez-le (il vient souvent d'un "
                                + "copier-coller)", (int) c)));
            }
        }
        return Optional.empty();
    }

    private static Problem syntaxProblem(String file, int lineOffset, JacksonException e) {
        int line = 0;
        int column = 0;
        String detail = e.getOriginalMessage();
        if (e.getCause() instanceof MarkedYamlEngineException marked) {
            detail = marked.getProblem();
            Optional<Mark> mark = marked.getProblemMark();
            if (mark.isPresent()) {
                line = mark.get().getLine() + 1;
                column = mark.get().getColumn() + 1;
            }
        } else if (e.getLocation() != null) {
            line = Math.max(e.getLocation().getLineNr(), 0);
            column = Math.max(e.getLocation().getColumnNr(), 0);
        }
        return new Problem(file, line == 0 ? 0 : line + lineOffset, column, "YAML invalide : " + explain(detail));
    }

    /** Translates the YAML parser's most frequent complaints into advice an editor can follow. */
    static String explain(String detail) {
        String d = detail == null ? "" : detail;
        if (d.contains("Malformed numeric value")) {
            return "nombre mal formé ; mettez la valeur entre guillemets si c'est un texte";
        }
        if (d.contains("Expected a field name") || d.contains("Expected a property name")) {
            return "nom de champ attendu : les clés complexes (« ? ») ne sont pas prises en charge";
        }
        if (d.contains("mapping values are not allowed")) {
            return "« : » inattendu ; si la valeur contient « : », mettez-la entre guillemets";
        }
        if (d.contains("could not find expected ':'")) {
            return "« : » attendu après le nom du champ";
        }
        if (d.contains("found character '\\t'") || d.contains("found character '\t'")) {
            return "tabulation interdite ; indentez avec des espaces";
        }
        if (d.contains("did not find expected key") || d.contains("expected <block end>")) {
            return "indentation incohérente ; alignez les champs d'un même niveau";
        }
        if (d.contains("found unexpected end of stream") || d.contains("found unexpected end")) {
            return "guillemet ou crochet non refermé";
        }
        if (d.contains("did not find expected ',' or ']'")) {
            return "liste entre crochets non refermée : « ] » attendu";
        }
        if (d.contains("found undefined alias")) {
            return "alias YAML inconnu";
        }
        // the parser's own words, kept short: they name the construct when nothing above matched
        String shortDetail = d.strip().length() > 120 ? d.strip().substring(0, 120) + "…" : d.strip();
        return "syntaxe incorrecte (" + shortDetail + ")";
    }

    /** Builds the tree from the token stream; one per read. */
    private static final class Builder {
        final String file;
        final int lineOffset;
        final Consumer<Problem> report;
        final Map<String, Position> values = new HashMap<>();
        final Map<String, Position> keys = new HashMap<>();
        final Map<String, String> plain = new HashMap<>();
        boolean failed;

        Builder(String file, int lineOffset, Consumer<Problem> report) {
            this.file = file;
            this.lineOffset = lineOffset;
            this.report = report;
        }

        Position position(TokenStreamLocation location) {
            return new Position(location.getLineNr() + lineOffset, location.getColumnNr());
        }

        /** Thrown to stop reading once a problem makes the rest meaningless (too deep, an alias). */
        static final class Stop extends RuntimeException {
            Stop() {
                super(null, null, false, false);
            }
        }

        private Problem problem(JsonParser parser, String message) {
            Position at = position(parser.currentTokenLocation());
            return new Problem(file, at.line(), at.column(), message);
        }

        JsonNode value(JsonParser parser, String pointer) {
            return value(parser, pointer, 0);
        }

        private JsonNode value(JsonParser parser, String pointer, int depth) {
            values.put(pointer, position(parser.currentTokenLocation()));
            JsonToken token = parser.currentToken();
            if (parser instanceof YAMLParser yaml) {
                // Jackson reads an alias as the text of its name: "resume: *t" would silently be « t »
                if (yaml.isCurrentAlias()) {
                    report.accept(problem(parser, "alias YAML « *" + parser.getString() + " » non pris en charge : "
                            + "écrivez la valeur elle-même (et si « * » fait partie du texte, mettez-le entre guillemets)"));
                    throw new Stop();
                }
                if (yaml.getObjectId() != null) {
                    report.accept(problem(parser, "ancre YAML « &" + yaml.getObjectId() + " » non prise en charge : "
                            + "supprimez-la (et si « & » fait partie du texte, mettez-le entre guillemets)"));
                    throw new Stop();
                }
            }
            if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= Limits.YAML_DEPTH) {
                report.accept(problem(parser, "plus de " + Limits.YAML_DEPTH + " niveaux de listes et de champs les "
                        + "uns dans les autres : simplifiez la structure"));
                throw new Stop();
            }
            switch (token) {
                case START_OBJECT:
                    return object(parser, pointer, depth);
                case START_ARRAY:
                    return array(parser, pointer, depth);
                case VALUE_TRUE:
                case VALUE_FALSE:
                    if (BOOLEANS.contains(parser.getString())) {
                        return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
                    }
                    return NODES.stringNode(parser.getString());
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return number(parser, pointer);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    return NODES.stringNode(parser.getString());
            }
        }

        private JsonNode number(JsonParser parser, String pointer) {
            String text = parser.getString();
            if (text.length() > MAX_NUMBER_CHARS) {
                report.accept(problem(parser, "nombre de plus de " + MAX_NUMBER_CHARS + " caractères : vérifiez la "
                        + "valeur, ou mettez-la entre guillemets si c'est un texte"));
                throw new Stop();
            }
            String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
            boolean meaningChanges = digits.length() > 1 && digits.startsWith("0") && !digits.startsWith("0.")
                    || text.startsWith("+") || text.contains("_") || digits.startsWith("0x") || digits.startsWith("0o");
            if (meaningChanges) {
                return NODES.stringNode(text);
            }
            plain.put(pointer, text);
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                return NODES.numberNode(parser.getBigIntegerValue());
            }
            // 1e999999999 is short to write and a billion digits to print: the magnitude is bounded too
            BigDecimal decimal = parser.getDecimalValue();
            if (Math.abs((long) decimal.precision() - decimal.scale()) > MAX_NUMBER_CHARS || decimal.scale() > MAX_NUMBER_CHARS) {
                report.accept(problem(parser, "nombre « " + text + " » hors limites : écrivez-le en chiffres, sans "
                        + "exposant (par exemple 150000), ou entre guillemets si c'est un texte"));
                throw new Stop();
            }
            return NODES.numberNode(decimal);
        }

        private ObjectNode object(JsonParser parser, String pointer, int depth) {
            ObjectNode node = NODES.objectNode();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                String child = pointer + "/" + escape(name);
                Position keyPosition = position(parser.currentTokenLocation());
                parser.nextToken();
                if (node.has(name)) {
                    failed = true;
                    report.accept(new Problem(file, keyPosition.line(), keyPosition.column(),
                            "champ « " + name + " » en double (déjà défini ligne "
                                    + keys.get(child).line() + ")"));
                    value(parser, child + "/~duplicate", depth + 1);
                    continue;
                }
                keys.put(child, keyPosition);
                node.set(name, value(parser, child, depth + 1));
            }
            return node;
        }

        private ArrayNode array(JsonParser parser, String pointer, int depth) {
            ArrayNode node = NODES.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                node.add(value(parser, pointer + "/" + index++, depth + 1));
            }
            return node;
        }

        private static String escape(String name) {
            return name.replace("~", "~0").replace("/", "~1");
        }
    }
}
