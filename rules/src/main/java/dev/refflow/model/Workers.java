package dev.refflow.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs the reduce step's independent pieces of work (one per file, one per group of methods) on the request's
 * worker threads. Each piece writes only its own slot of a result array; merging happens after, in a fixed order,
 * so the outcome never depends on which thread ran what.
 */
final class Workers {
    private Workers() {
    }

    /** Runs {@code work} for every index below {@code count}, on up to {@code threads} threads; returns when all are done. */
    static void forEachIndex(int count, int threads, IntConsumer work) {
        int n = Math.max(1, Math.min(threads, count));
        if (n == 1) {
            for (int i = 0; i < count; i++) {
                work.accept(i);
            }
            return;
        }
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        ExecutorService pool = pool(n - 1);
        try {
            List<Future<?>> running = new ArrayList<>();
            Runnable loop = () -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    work.accept(i);
                }
            };
            for (int t = 1; t < n; t++) {
                running.add(pool.submit(loop));
            }
            loop.run();
            for (Future<?> f : running) {
                join(f);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "refflow-reduce");
            t.setDaemon(true);
            return t;
        });
    }

    static void join(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
