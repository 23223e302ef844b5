package fr.terrinclus.cli;

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
        return "ligne de commande incorrecte (" + e.getMessage() + ")";
    }
}
