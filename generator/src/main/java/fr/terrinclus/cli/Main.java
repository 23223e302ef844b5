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
            System.err.println(outOfMemory(args, Runtime.getRuntime().maxMemory()));
            code = 1;
        } catch (StackOverflowError e) {
            // every input is bounded so that this cannot happen: it is a defect, reported without a stack trace
            System.err.println("Erreur interne : débordement de pile. Merci de signaler ce problème avec la commande "
                    + "lancée et le fichier en cause.");
            code = 3;
        }
        System.exit(code);
    }

    /**
     * What to do when the heap, of {@code maxHeap} bytes, was too small: the launcher's option with
     * twice as much, and for a build that the site in place is untouched.
     */
    static String outOfMemory(String[] args, long maxHeap) {
        long gigabytes = Math.max(2, 2 * ((maxHeap + (1L << 30) - 1) >> 30));
        String command = String.join(" ", args);
        boolean writes = args.length > 0 && args[0].equals("build");
        return "mémoire insuffisante : relancez avec plus de mémoire, par exemple « TERRINCLUS_JAVA_OPTS=-Xmx" + gigabytes
                + "g generator/terrinclus " + command + " »" + (writes ? " ; le site précédent n'a pas été modifié." : ".");
    }
}
