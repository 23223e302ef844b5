package fr.terrinclus.write;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.Collection;

/**
 * Where a build's files go as they are produced: a {@link Publication}, or nowhere for
 * {@code check}, which produces every file as a build would. Several threads may write at once.
 */
public interface OutputSink {
    /** Discards everything: {@code check} renders every page, writes none, copies nothing. */
    OutputSink DISCARD = new OutputSink() {
        @Override
        public OutputStream create(String path) {
            return OutputStream.nullOutputStream();
        }

        @Override
        public void write(OutputFile file) {
            // nothing to read or write
        }
    };

    /** A new file at site path {@code path}, to write as it is produced. */
    OutputStream create(String path) throws IOException;

    /**
     * Writes one file. A copied file is read through a stream, never following a link, and
     * written afresh, so it gets the umask's permissions, not its source's.
     */
    default void write(OutputFile file) throws IOException {
        try (OutputStream out = create(file.path())) {
            if (file.copyOf() == null) {
                out.write(file.bytes());
            } else {
                try (InputStream in = Files.newInputStream(file.copyOf(), LinkOption.NOFOLLOW_LINKS)) {
                    in.transferTo(out);
                }
            }
        }
    }

    /** Writes {@code files}, one after the other. */
    default void write(Collection<OutputFile> files) throws IOException {
        for (OutputFile file : files) {
            write(file);
        }
    }
}
