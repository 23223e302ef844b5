package fr.terrinclus.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code terrinclus help [COMMANDE]}: picocli's help command, with French texts. */
@Command(name = "help", helpCommand = true, mixinStandardHelpOptions = true,
        description = "Affiche l'aide de la commande indiquée, ou de terrinclus sans commande.")
final class HelpSubcommand implements CommandLine.IHelpCommandInitializable2, Callable<Integer> {
    @Parameters(paramLabel = "COMMANDE", arity = "0..1", description = "La commande dont afficher l'aide.")
    String command;

    private CommandLine self;
    private PrintWriter out;
    private PrintWriter err;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        CommandLine parent = self.getParent();
        CommandLine sub = command == null ? parent : parent.getSubcommands().get(command);
        if (sub == null) {
            err.println("commande inconnue : " + command + " ; commandes possibles : "
                    + String.join(", ", parent.getSubcommands().keySet()));
            err.flush();
            return Runner.USAGE;
        }
        sub.usage(out);
        out.flush();
        return Runner.OK;
    }
}
