import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

// Wrapping in Collections.synchronizedMap keeps the map mutable: put and never remove is still unbounded.
class SynchronizedMapNeverCleared {
    // expect: UnboundedCollection
    private static final Map<Long, String> USERS = Collections.synchronizedMap(new HashMap<>());

    static void login(long id, String name) {
        USERS.put(id, name);
    }

    static String name(long id) {
        return USERS.get(id);
    }
}
