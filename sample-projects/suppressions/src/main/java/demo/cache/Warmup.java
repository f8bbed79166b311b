package demo.cache;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Each suppression form RefFlow understands, on each kind of declaration. */
public class Warmup {
    // on a field, SpotBugs' annotation with a justification
    @SuppressFBWarnings(value = "UnboundedCollection", justification = "one entry per enum constant")
    private static final Map<String, String> LABELS = new HashMap<>();

    public static void label(String key, String value) {
        LABELS.put(key, value);
    }

    // on a method, one rule
    @SuppressWarnings("refflow:ExplicitGcCall")
    public void afterWarmup() {
        System.gc();
    }

    // on a method, every rule, among javac's own warnings
    @SuppressWarnings({"unchecked", "refflow"})
    public List<Integer> table() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    // on a local variable
    public void later() {
        @SuppressWarnings("refflow:ExplicitGcCall")
        Runnable compact = () -> System.gc();
        compact.run();
    }

    // stale: the call it excused was removed
    @SuppressFBWarnings(value = "ExplicitGcCall", justification = "was needed before the pool")
    public void release() {
        System.out.println("released");
    }
}
