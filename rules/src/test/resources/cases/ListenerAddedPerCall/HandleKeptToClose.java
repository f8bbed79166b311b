// Negative: the registration returns a handle the caller keeps and closes: the listener goes away with it.
import java.util.ArrayList;
import java.util.List;

final class Feed {
    private static final List<Runnable> LISTENERS = new ArrayList<>();

    private Feed() {
    }

    static AutoCloseable register(Runnable r) {
        LISTENERS.add(r);
        return () -> LISTENERS.remove(r);
    }
}

class HandleKeptToClose {
    void watch(String id) throws Exception {
        try (AutoCloseable handle = Feed.register(() -> System.out.println(id))) {
            System.out.println("watching " + id);
        }
    }
}
