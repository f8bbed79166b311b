// An anonymous handler calling an instance method is put into a static map that nothing removes from: captured, and the map is unbounded too.
import java.util.HashMap;
import java.util.Map;

class StaticMapNeverShrunk {
    interface Handler {
        void handle(String payload);
    }

    // expect: UnboundedCollection
    static final Map<String, Handler> HANDLERS = new HashMap<>();
    private final String name;
    private int handled;

    StaticMapNeverShrunk(String name) {
        this.name = name;
    }

    void install() {
        // expect: CapturedOuterInstance
        HANDLERS.put(name, new Handler() {
            @Override
            public void handle(String payload) {
                count(payload);
            }
        });
    }

    private void count(String payload) {
        handled++;
    }

    static void dispatch(String key, String payload) {
        Handler handler = HANDLERS.get(key);
        if (handler != null) {
            handler.handle(payload);
        }
    }
}
