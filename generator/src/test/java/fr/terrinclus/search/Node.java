package fr.terrinclus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import fr.terrinclus.Workers;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a Node.js script for tests that compare the browser engine with Lucene. */
final class Node {
    private Node() {
    }

    /** Writes the browser index of {@code docs} into the folder {@code data}, facet labels being the values. */
    static void writeIndex(Path data, List<SearchDocument> docs) throws IOException {
        try (Workers workers = new Workers(0)) {
            for (var file : ClientIndex.files(docs, (facet, value) -> value, workers).entrySet()) {
                Path path = data.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
        }
    }

    /** Copies the engine ({@code moteur.js}) into {@code dir} and returns its path. */
    static Path engine(Path dir) throws IOException {
        Path file = dir.resolve("moteur.js");
        try (InputStream in = Node.class.getResourceAsStream("/fr/terrinclus/search/moteur.js")) {
            Files.copy(in, file);
        }
        return file;
    }

    /**
     * A Node.js prelude that loads the engine and a store reading the data files of {@code data}
     * (relative to the script's folder) the way script elements would run them.
     */
    static String prelude(String data) {
        return """
                const fs = require('fs');
                const vm = require('vm');
                const path = require('path');
                require('./moteur.js');
                const store = new TerrinclusSearch.Store((name, fail) => {
                  const file = path.join(%s, name + '.js');
                  if (!fs.existsSync(file)) { fail(new Error('absent : ' + name)); return; }
                  vm.runInThisContext(fs.readFileSync(file, 'utf8'), { filename: file });
                });
                const engine = new TerrinclusSearch.Engine(store);
                """.formatted(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(data).toString());
    }

    /** Runs {@code script} with {@code args}; returns its standard output, failing the test on error. */
    static String run(Path dir, String script, String... args) throws IOException, InterruptedException {
        String node = java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator))
                .map(folder -> new File(folder, "node")).filter(File::canExecute).map(File::getPath).findFirst().orElse(null);
        if (node == null) {
            fail("Node.js est introuvable : installez-le (paquet Debian nodejs) pour comparer le moteur JavaScript à Lucene.");
        }
        Path file = dir.resolve("script.js");
        Files.writeString(file, script);
        List<String> command = new java.util.ArrayList<>(List.of(node, file.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Node.js n'a pas terminé en 120 s");
        }
        assertEquals(0, process.exitValue(), "Node.js a échoué");
        return new String(out, StandardCharsets.UTF_8);
    }
}
