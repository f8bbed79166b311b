import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

// Immutable statics (List.of, Set.of, Map.of, unmodifiable wrappers) cannot grow at all.
class ImmutableStatics {
    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI");
    private static final Set<Integer> PRIMES = Set.of(2, 3, 5, 7, 11);
    private static final Map<String, Integer> LIMITS = Map.of("small", 10, "large", 1_000);
    private static final List<String> MODES = Collections.unmodifiableList(List.of("fast", "safe"));

    static boolean weekday(String day) {
        return DAYS.contains(day);
    }

    static boolean prime(int n) {
        return PRIMES.contains(n);
    }

    static int limit(String size) {
        return LIMITS.getOrDefault(size, 0) + MODES.size();
    }
}
