import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

// A clear() (or retainAll) anywhere in the class bounds the collection's lifetime growth.
class ClearedOnReset {
    private static final List<String> WARNINGS = new ArrayList<>();
    private static final Set<String> ACTIVE = new TreeSet<>();

    static void warn(String text) {
        WARNINGS.add(text);
        ACTIVE.add(text);
    }

    static void reset() {
        WARNINGS.clear();
    }

    static void keepOnly(Set<String> still) {
        ACTIVE.retainAll(still);
    }

    static int count() {
        return WARNINGS.size() + ACTIVE.size();
    }
}
