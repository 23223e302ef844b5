package fr.terrinclus.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One build at a time writes into an output folder. An operating-system lock on a file of the
 * state folder keeps other processes out (it is released when the process dies, even by
 * {@code kill -9}); a lock per folder inside this JVM keeps other threads out, since the
 * operating system gives every thread of a process the same file lock.
 */
final class OutputLock implements AutoCloseable {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 50;

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Waits up to {@code wait} for the lock of {@code file}.
     *
     * @throws IOException in French when another build keeps the folder longer than that
     */
    static OutputLock acquire(Path file, Duration wait, Path site) throws IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new ReentrantLock());
        try {
            if (!local.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw busy(site, wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy(site, wait);
        }
        FileChannel channel = null;
        try {
            // planted in the working tree, a link would create a file anywhere, a pipe would block forever
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException("le verrou « " + file + " » n'est pas un fichier ordinaire ; supprimez-le");
            }
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new OutputLock(local, channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    throw busy(site, wait);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(channel);
            local.unlock();
            throw busy(site, wait);
        } catch (IOException | RuntimeException e) {
            close(channel);
            local.unlock();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static IOException busy(Path site, Duration wait) {
        return new IOException("une autre construction écrit dans « " + site + " » depuis plus de "
                + wait.toSeconds() + " s ; relancez quand elle sera terminée");
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock goes with the channel; nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it as well
        }
        close(channel);
        local.unlock();
    }
}
