import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

// Returned as is, or handed to code that may keep or change it: the model cannot rule out a shrink, so it stays silent.
class EscapesWhereItCanShrink {
    private static final Map<String, String> HEADERS = new HashMap<>();
    private static final List<String> PENDING = new ArrayList<>();

    static void header(String name, String value) {
        HEADERS.put(name, value);
    }

    static Map<String, String> headers() {
        return HEADERS;
    }

    static void pend(String item) {
        PENDING.add(item);
    }

    static void handOver(Consumer<List<String>> sink) {
        sink.accept(PENDING);
    }
}
