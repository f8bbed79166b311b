package dev.refflow.samples.article;

/** The article ends by calling the collector by hand: Python's gc.collect(), Java's System.gc(). */
public final class Collector {
    private Collector() {
    }

    public static void collectNow() {
        System.gc();
    }
}
