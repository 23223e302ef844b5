package fr.terrinclus.cli;

import java.io.PrintWriter;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: prints usage; the work is in its subcommands. */
@Command(name = "terrinclus",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Génère le site de ressources Terrinclus à partir du dossier de contenu.",
        subcommands = {BuildCommand.class, CheckCommand.class, SearchCommand.class, HelpSubcommand.class},
        usageHelpAutoWidth = true)
public final class TerrinclusCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line, with French help headings and no stack traces for users. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new TerrinclusCommand());
        cli.setUsageHelpLongOptionsMaxWidth(30);
        // picocli's own texts (standard options, headings) in French, for every subcommand
        cli.setResourceBundle(ResourceBundle.getBundle("fr.terrinclus.cli.Messages"));
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            PrintWriter err = line.getErr();
            err.println("Erreur interne : " + e);
            err.println("Merci de signaler ce problème avec la commande lancée.");
            return 3;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println(French.usageError(e));
            CommandLine failed = e.getCommandLine();
            err.println("Aide : terrinclus " + (failed.getParent() == null ? "" : failed.getCommandName() + " ")
                    + "--help");
            return 2;
        });
        return cli;
    }
}
