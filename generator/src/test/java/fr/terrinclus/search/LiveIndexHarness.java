package fr.terrinclus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.terrinclus.Workers;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * A live index updated as a test says, whose files are kept as the updates leave them and
 * compared, after every update, with those of a clean index of the same pages, byte for byte.
 */
final class LiveIndexHarness implements AutoCloseable {
    static final BiFunction<String, String, String> LABEL = (facet, value) -> facet + ":" + value;

    private final Workers workers = new Workers(2);
    private final LiveIndex live = new LiveIndex();
    /** The files as the updates left them. */
    final SortedMap<String, byte[]> files = new TreeMap<>();

    LiveIndex.Changes update(List<SearchDocument> docs) {
        return update(docs, LABEL);
    }

    LiveIndex.Changes update(List<SearchDocument> docs, BiFunction<String, String, String> label) {
        LiveIndex.Changes changes = live.update(docs, label, workers);
        changes.removed().forEach(files::remove);
        files.putAll(changes.made());
        assertEquals(files.keySet(), live.files());
        SortedMap<String, byte[]> clean = ClientIndex.files(docs, label, workers);
        assertEquals(clean.keySet(), files.keySet());
        clean.forEach((name, bytes) -> assertEquals(new String(bytes), new String(files.get(name)), name));
        return changes;
    }

    @Override
    public void close() {
        workers.close();
    }
}
