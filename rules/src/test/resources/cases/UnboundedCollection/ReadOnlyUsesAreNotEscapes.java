import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

// Copies, unmodifiable views, streams, iteration, contains, size and String.join only read: the list still only grows.
class ReadOnlyUsesAreNotEscapes {
    // expect: UnboundedCollection
    private static final List<String> MESSAGES = new ArrayList<>();

    static void add(String message) {
        MESSAGES.add(message);
    }

    static List<String> snapshot() {
        return List.copyOf(MESSAGES);
    }

    static List<String> view() {
        return Collections.unmodifiableList(MESSAGES);
    }

    static List<String> copy() {
        return new ArrayList<>(MESSAGES);
    }

    static List<String> errors() {
        return MESSAGES.stream().filter(m -> m.startsWith("E")).collect(Collectors.toList());
    }

    static int longest() {
        int max = 0;
        for (String m : MESSAGES) {
            max = Math.max(max, m.length());
        }
        return max;
    }

    static boolean has(String message) {
        return MESSAGES.contains(message) && MESSAGES.size() > 0;
    }

    static String dump() {
        return String.join("\n", MESSAGES);
    }
}
