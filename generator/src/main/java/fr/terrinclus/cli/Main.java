package fr.terrinclus.cli;


/** Entry point of {@code terrinclus.jar}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(TerrinclusCommand.commandLine().execute(args));
    }
}
