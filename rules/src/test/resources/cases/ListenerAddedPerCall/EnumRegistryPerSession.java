// Positive: an enum registry (a project type that keeps listeners and can remove them) gets a new anonymous listener
// for every session opened; the caller never unregisters it.
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

enum Sessions {
    REGISTRY;

    interface Listener {
        void closed(String id);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    void addListener(Listener l) {
        listeners.add(l);
    }

    void removeListener(Listener l) {
        listeners.remove(l);
    }

    void close(String id) {
        for (Listener l : listeners) {
            l.closed(id);
        }
    }
}

class EnumRegistryPerSession {
    static void open(String id) {
        // expect: ListenerAddedPerCall warning
        Sessions.REGISTRY.addListener(new Sessions.Listener() {
            @Override
            public void closed(String closedId) {
                System.out.println(id + " saw " + closedId);
            }
        });
    }
}
