import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

// A synchronized wrapper around a HashMap that is cleared on logout-all: not unbounded.
class SynchronizedMapCleared {
    private static final Map<Long, String> USERS = Collections.synchronizedMap(new HashMap<>());

    static void login(long id, String name) {
        USERS.put(id, name);
    }

    static void logoutAll() {
        USERS.clear();
    }
}
