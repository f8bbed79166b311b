import java.util.HashMap;
import java.util.Map;

// A public register(name, handler) that keeps what its callers pass in, and that nothing in the analysed code
// calls: whether it is filled once at startup or per request is up to callers RefFlow does not see, so a note.
// The same shape called from per-request code in the project is a warning.
class RegistryApiIsANote {
    interface Handler {
        void handle(String input);
    }

    // expect: UnboundedCollection note
    private static final Map<String, Handler> HANDLERS = new HashMap<>();
    // expect: UnboundedCollection warning
    private static final Map<String, Handler> SESSIONS = new HashMap<>();

    public static void register(String name, Handler handler) {
        HANDLERS.put(name, handler);
    }

    public static Handler handler(String name) {
        return HANDLERS.get(name);
    }

    public static void open(String sessionId, Handler handler) {
        SESSIONS.put(sessionId, handler);
    }

    public static void onRequest(String sessionId, String body) {
        open(sessionId, input -> System.out.println(body + input));
    }
}
