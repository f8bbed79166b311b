import java.util.ArrayList;
import java.util.List;

// Negative: a helper the collection is passed to clears it.
class HelperClearsCollection {
    private static final List<Object> PENDING = new ArrayList<>();

    void submit(Object task) {
        PENDING.add(task);
    }

    void flush() {
        drain(PENDING);
    }

    private static void drain(List<Object> tasks) {
        tasks.forEach(System.out::println);
        tasks.clear();
    }
}
