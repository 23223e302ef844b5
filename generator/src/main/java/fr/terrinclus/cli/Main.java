package fr.terrinclus.cli;


/** Entry point of {@code terrinclus.jar}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = TerrinclusCommand.commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // picocli lets errors through; without this the user would get the JVM's stack trace
            System.err.println("mémoire insuffisante pour ce site : relancez avec plus de mémoire, par exemple "
                    + "« java -Xmx4g -jar terrinclus.jar " + String.join(" ", args) + " » ; le site précédent n'a pas "
                    + "été modifié.");
            code = 1;
        }
        System.exit(code);
    }
}
