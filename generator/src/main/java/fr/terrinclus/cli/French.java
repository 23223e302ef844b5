package fr.terrinclus.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** French wording of picocli's usage errors. */
final class French {
    private French() {
    }

    static String usageError(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return "argument inconnu : " + String.join(" ", u.getUnmatched());
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return "paramètre manquant : " + m.getMissing().stream()
                    .map(a -> a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel())
                    .reduce((a, b) -> a + ", " + b).orElse("");
        }
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            return "option donnée deux fois : " + (o.getOverwritten() instanceof CommandLine.Model.OptionSpec opt
                    ? opt.longestName() : o.getOverwritten().paramLabel());
        }
        Matcher invalid = Pattern.compile("Invalid value for (?:option|positional parameter) "
                + "'?([^':]+)'?: '(.*)' is not an? (\\w+)").matcher(e.getMessage() == null ? "" : e.getMessage());
        if (invalid.find()) {
            String expected = switch (invalid.group(3)) {
                case "int", "long" -> "un nombre entier";
                case "boolean" -> "true ou false";
                default -> "une valeur de type " + invalid.group(3);
            };
            return "valeur « " + invalid.group(2) + " » invalide pour " + invalid.group(1) + " : " + expected + " attendu";
        }
        return "ligne de commande incorrecte (" + e.getMessage() + ")";
    }
}
