package fr.terrinclus.pipeline;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What to build and where.
 *
 * @param baseUrl  the public address, overriding {@code site.yaml}'s {@code url_base}; null to keep it
 * @param write    false for {@code check}: run every stage, write nothing
 * @param lockWait how long to wait for another build writing into the same output folder
 * @param threads  how many threads share the per-page work; 0 for one per processor
 */
public record BuildOptions(Path content, Path theme, Path out, String baseUrl, boolean drafts, boolean write,
                           Duration lockWait, int threads) {

    /** How long a build waits, by default, for another one to finish writing into its output folder. */
    public static final Duration LOCK_WAIT = Duration.ofSeconds(600);

    public BuildOptions(Path content, Path theme, Path out, String baseUrl, boolean drafts, boolean write) {
        this(content, theme, out, baseUrl, drafts, write, LOCK_WAIT, 0);
    }

    /** The same options, the work spread over {@code threads} threads. */
    public BuildOptions withThreads(int threads) {
        return new BuildOptions(content, theme, out, baseUrl, drafts, write, lockWait, threads);
    }
}
