package demo.metrics;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

// A public static map grown here and only read in another file (demo.web.Status): nothing in the project shrinks it.
public final class Counters {
    // expect: UnboundedCollection warning
    public static final ConcurrentMap<String, Long> BY_PATH = new ConcurrentHashMap<>();

    private Counters() {
    }

    public static void hit(String path) {
        BY_PATH.merge(path, 1L, Long::sum);
    }
}
