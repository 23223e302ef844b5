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
        } catch (StackOverflowError e) {
            // every input is bounded so that this cannot happen: it is a defect, reported without a stack trace
            System.err.println("Erreur interne : débordement de pile. Merci de signaler ce problème avec la commande "
                    + "lancée et le fichier en cause.");
            code = 3;
        }
        System.exit(code);
    }
}
