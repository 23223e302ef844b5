package fr.terrinclus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.terrinclus.cli.TerrinclusCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every file that once crashed or stalled the build now ends in located French problems, with
 * exit code 1 and no stack trace. (How long each takes, and the worst cases the limits let
 * through, are measured by {@code HostileInputBenchmark}, not asserted here.)
 */
class HostileInputTest {
    private static final Map<String, String> EXPECTED = Map.ofEntries(
            Map.entry("500 listes imbriquées", "content/guides/g.md:26:41: plus de 40 niveaux d'éléments les uns dans les "
                    + "autres (listes, citations, mises en forme) : simplifiez la structure"),
            Map.entry("1 000 citations imbriquées", "content/guides/g.md:6:41: plus de 40 niveaux d'éléments les uns dans les "
                    + "autres (listes, citations, mises en forme) : simplifiez la structure"),
            Map.entry("100 000 liens, un par paragraphe", "content/guides/g.md:1:1: fichier trop volumineux : la limite est "
                    + "512 Kio ; découpez-le en plusieurs pages"),
            Map.entry("20 000 intertitres identiques", "content/guides/g.md:6:1: 20000 intertitres dans la page : la limite est "
                    + "1000 ; découpez-la en plusieurs pages"),
            Map.entry("commentaire de 10 Mo dans l'en-tête", "content/guides/g.md:1:1: fichier trop volumineux : la limite est "
                    + "512 Kio ; découpez-le en plusieurs pages"),
            Map.entry("[a]( × 50 000", "content/guides/g.md:6:10001: ligne de plus de 10000 caractères : revenez à la ligne "
                    + "(une ligne vide sépare les paragraphes)"),
            Map.entry("40 000 liens dans un paragraphe", "content/guides/g.md:1:1: fichier trop volumineux : la limite est "
                    + "512 Kio ; découpez-le en plusieurs pages"),
            Map.entry("&amp; × 200 000", "content/guides/g.md:1:1: fichier trop volumineux : la limite est 512 Kio ; "
                    + "découpez-le en plusieurs pages"),
            Map.entry("alias YAML", "content/guides/g.md:3:9: alias YAML « *t » non pris en charge : écrivez la valeur "
                    + "elle-même (et si « * » fait partie du texte, mettez-le entre guillemets)"),
            Map.entry("caractère nul dans l'en-tête", "content/guides/g.md:2:9: caractère invisible U+0000 interdit dans "
                    + "l'en-tête YAML : supprimez-le (il vient souvent d'un copier-coller)"),
            Map.entry("<q/> × 121 500 (HTML profond malgré les balises auto-fermantes)", "content/guides/g.md:6:1: HTML "
                    + "imbriqué sur plus de 100 niveaux : simplifiez-le ou écrivez-le en Markdown"),
            Map.entry("80 000 lignes de « | »", "content/guides/g.md:6:1: plus de 2000 lignes à la suite sans ligne vide : "
                    + "séparez les paragraphes, listes et tableaux par des lignes vides"),
            Map.entry("87 000 adresses de courriel nues", "content/guides/g.md:6:1: 86000 liens et images dans la page : "
                    + "la limite est 5000 ; découpez-la en plusieurs pages"),
            Map.entry("emphases imbriquées × 21 600 dans un paragraphe", "content/guides/g.md:6:1: paragraphe de plus de 500 "
                    + "caractères de balisage ([ ] ` & < \\ * _ ~) : découpez-le en plusieurs paragraphes séparés par une ligne vide"),
            Map.entry("montant 1e999999999", "content/guides/g.md:5:7: nombre « 1e999999999 » hors limites : écrivez-le en "
                    + "chiffres, sans exposant (par exemple 150000), ou entre guillemets si c'est un texte"),
            Map.entry("en-tête imbriqué sur 5 000 niveaux", "content/guides/g.md:5:23: plus de 20 niveaux de listes et de "
                    + "champs les uns dans les autres : simplifiez la structure"));

    @TempDir
    Path dir;

    static Stream<Arguments> reported() {
        return HostileInputs.reported().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reported")
    void endsInALocatedProblemOrAPage(String name, String guide) throws IOException {
        TestSite site = TestSite.write(dir, "");
        Files.createDirectories(site.content().resolve("guides"));
        Files.writeString(site.content().resolve("guides/g.md"), guide);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = TerrinclusCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("check", "--content", site.content().toString(), "--theme", TestSite.THEME.toString());
        assertFalse(err.toString().contains("Exception") || err.toString().contains("Error"), err.toString());
        String expected = EXPECTED.get(name);
        if (expected == null) {
            assertEquals(0, code, err.toString());
            return;
        }
        assertEquals(1, code, out.toString());
        String prefix = site.root().toString().replace('\\', '/') + "/";
        List<String> lines = err.toString().replace(prefix, "").lines().toList();
        assertEquals(List.of(expected, "1 problème trouvé."), lines);
    }
}
