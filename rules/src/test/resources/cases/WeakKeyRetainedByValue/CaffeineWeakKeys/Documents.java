// Positive: a Caffeine cache built with weakKeys() (held in a static field) stores a value that contains its key.
package app.docs;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.ArrayList;
import java.util.List;

final class Documents {
    private static final Cache<Object, List<Object>> HISTORY = Caffeine.newBuilder().weakKeys().build();

    private Documents() {
    }

    static void edited(Object document, Object change) {
        List<Object> history = new ArrayList<>();
        history.add(document);
        history.add(change);
        // expect: WeakKeyRetainedByValue error
        HISTORY.put(document, history);
    }
}
