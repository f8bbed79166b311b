import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

// Removal through an iterator of entrySet(), or removeIf on values()/keySet(), shrinks the map.
class IteratorRemoval {
    private static final Map<String, Long> EXPIRES = new HashMap<>();
    private static final Map<String, String> OWNERS = new HashMap<>();
    private static final Map<String, Integer> SCORES = new HashMap<>();

    static void add(String key, long expiresAt, String owner, int score) {
        EXPIRES.put(key, expiresAt);
        OWNERS.put(key, owner);
        SCORES.put(key, score);
    }

    static void expire(long now) {
        Iterator<Map.Entry<String, Long>> it = EXPIRES.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue() < now) {
                it.remove();
            }
        }
    }

    static void forget(String owner) {
        OWNERS.values().removeIf(o -> o.equals(owner));
    }

    static void dropPrefix(String prefix) {
        SCORES.keySet().removeIf(k -> k.startsWith(prefix));
    }
}
