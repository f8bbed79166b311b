package cache;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

// Two project types are called RefMap; this file's RefMap is cache.RefMap, the project's own map.
class Lookups {
    static final Map<String, String> RESOLVED = new RefMap<>();
    // a set backed by the project's own map is as bounded as that map
    static final Set<String> MISSING = Collections.newSetFromMap(new RefMap<>());
    // expect: UnboundedCollection warning
    static final Map<String, String> SEEN = new HashMap<>();
    // expect: UnboundedCollection warning
    static final Set<String> TRIED = Collections.newSetFromMap(new ConcurrentHashMap<>());

    static void remember(String key, String value) {
        RESOLVED.put(key, value);
        MISSING.add(key);
        SEEN.put(key, value.trim());
        TRIED.add(key);
    }
}
