package fr.terrinclus;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The threads one build spreads its per-page work over. Each has a large stack, so that what is
 * left of the Markdown parser's recursion cannot overflow (see {@code MarkdownRenderer}); work
 * running on one may recurse as deeply as it would on the renderer's own threads.
 *
 * <p>Results come back in the order of the inputs, whatever the number of threads: output does
 * not depend on scheduling.
 */
public final class Workers implements AutoCloseable {
    /** The stack of every worker thread. */
    public static final long STACK_BYTES = 256L * 1024 * 1024;
    /** The most threads a build uses: each reserves a large stack, and more than the cores gain nothing. */
    public static final int MAX_THREADS = 64;
    private static final ThreadLocal<Boolean> DEEP = ThreadLocal.withInitial(() -> false);

    private final ExecutorService pool;

    /** @param threads how many threads (at most {@link #MAX_THREADS}); 0 or less for one per processor */
    public Workers(int threads) {
        int count = Math.min(MAX_THREADS, threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
        pool = Executors.newFixedThreadPool(count, deepStackThreads("terrinclus"));
    }

    /** A factory of daemon threads with a {@link #STACK_BYTES} stack, recognised by {@link #onDeepStack()}. */
    public static ThreadFactory deepStackThreads(String name) {
        return task -> {
            Thread thread = new Thread(null, () -> {
                DEEP.set(true);
                task.run();
            }, name, STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Whether the current thread has a {@link #STACK_BYTES} stack. */
    public static boolean onDeepStack() {
        return DEEP.get();
    }

    /**
     * {@code function} applied to every item, on all threads, results in the items' order, in a
     * list the caller may change. The first exception or error a call throws is thrown here once
     * every call has ended.
     */
    public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        return this.<T, R>start(items, function).join();
    }

    /**
     * {@link #map} started and not waited for: the caller works on while the threads do, then
     * {@link Pending#join() joins}. From a worker's own thread, the work is done before this returns.
     */
    public <T, R> Pending<R> start(List<T> items, Function<? super T, ? extends R> function) {
        if (onDeepStack()) {
            // called from a worker: waiting on the pool from inside it could wait forever
            List<R> done = new ArrayList<>(items.stream().<R>map(function).toList());
            return () -> done;
        }
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) {
            futures.add(pool.submit(() -> function.apply(item)));
        }
        return () -> results(futures);
    }

    /** Results of work {@linkplain #start started} on the threads. */
    @FunctionalInterface
    public interface Pending<R> {
        /** The results in the items' order, once every call has ended; the first failure is thrown. */
        List<R> join();
    }

    private static <R> List<R> results(List<Future<R>> futures) {
        List<R> results = new ArrayList<>(futures.size());
        Throwable failure = null;
        for (Future<R> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(f -> f.cancel(true));
                throw new IllegalStateException("construction interrompue", e);
            }
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return results;
    }

    /** {@code action} run for every item, on all threads; see {@link #map}. */
    public <T> void forEach(List<T> items, Consumer<? super T> action) {
        map(items, item -> {
            action.accept(item);
            return Boolean.TRUE;
        });
    }

    /**
     * {@code action} run for every item, on all threads, each slot of {@code items} emptied as its
     * item is taken: what the action no longer needs can be freed while the others are processed.
     */
    public <T> void consume(ArrayList<T> items, Consumer<? super T> action) {
        mapTaking(items, item -> {
            action.accept(item);
            return Boolean.TRUE;
        });
    }

    /** {@link #map}, each slot of {@code items} emptied as its item is taken, as {@link #consume} does. */
    public <T, R> List<R> mapTaking(ArrayList<T> items, Function<? super T, ? extends R> function) {
        List<Integer> slots = java.util.stream.IntStream.range(0, items.size()).boxed().toList();
        return map(slots, slot -> function.apply(items.set(slot, null)));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
