package fr.terrinclus.pipeline;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What to build and where.
 *
 * @param baseUrl  the public address, overriding {@code site.yaml}'s {@code url_base}; null to keep it
 * @param write    false for {@code check}: run every stage, write nothing
 * @param lockWait how long to wait for another build writing into the same output folder
 */
public record BuildOptions(Path content, Path theme, Path out, String baseUrl, boolean drafts, boolean write,
                           Duration lockWait) {

    /** How long a build waits, by default, for another one to finish writing into its output folder. */
    public static final Duration LOCK_WAIT = Duration.ofSeconds(600);

    public BuildOptions(Path content, Path theme, Path out, String baseUrl, boolean drafts, boolean write) {
        this(content, theme, out, baseUrl, drafts, write, LOCK_WAIT);
    }
}
