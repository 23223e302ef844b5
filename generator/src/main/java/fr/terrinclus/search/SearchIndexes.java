package fr.terrinclus.search;

import fr.terrinclus.Workers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * Both search indexes of a site from one analysis of each page: the browser's
 * ({@link ClientIndex}) and the editors' Lucene index ({@link LuceneIndex}), which takes each
 * batch of analysed pages on a thread of its own, in page order, while the next is analysed.
 */
public final class SearchIndexes {
    private SearchIndexes() {
    }

    /**
     * Writes the Lucene index into the folder {@code lucene} and gives the browser index's files to
     * {@code out} as they are made; returns their number. Takes the documents out of {@code docs},
     * as {@link ClientIndex} indexes them.
     *
     * @param label the label of a facet value: {@code (facet, value) → text}
     */
    public static int write(List<SearchDocument> docs, BiFunction<String, String, String> label, Workers workers,
                            Path lucene, BiConsumer<String, byte[]> out) throws IOException {
        // one thread: batches are added in the order they are submitted, so documents keep the pages' order
        ExecutorService editors = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "lucene");
            thread.setDaemon(true);
            return thread;
        });
        try (LuceneIndex.Writer writer = new LuceneIndex.Writer(lucene)) {
            List<Future<Void>> added = new ArrayList<>();
            try {
                return ClientIndex.write(docs, label, workers, (batch, fields) -> added.add(editors.submit(() -> {
                    for (int i = 0; i < batch.size(); i++) {
                        writer.add(batch.get(i), fields.get(i));
                    }
                    return null;
                })), out);
            } finally {
                // the writer closes only once every batch is in, or has failed
                awaitAll(added);
            }
        } finally {
            editors.shutdownNow();
        }
    }

    private static void awaitAll(List<Future<Void>> added) throws IOException {
        IOException failure = null;
        for (Future<Void> batch : added) {
            try {
                batch.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof IOException io ? io
                            : new IOException("index de recherche : " + e.getCause().getMessage(), e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("construction interrompue", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
