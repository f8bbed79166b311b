// Positive: a Guava cache built with weakKeys() stores a value that refers to its key.
package app.net;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;

class Connections {
    static final class Stats {
        final Object socket;
        long bytes;

        Stats(Object socket) {
            this.socket = socket;
        }
    }

    private final Cache<Object, Stats> stats = CacheBuilder.newBuilder().weakKeys().build();

    void opened(Object socket) {
        // expect: WeakKeyRetainedByValue error
        stats.put(socket, new Stats(socket));
    }

    Stats statsOf(Object socket) {
        return stats.getIfPresent(socket);
    }
}
