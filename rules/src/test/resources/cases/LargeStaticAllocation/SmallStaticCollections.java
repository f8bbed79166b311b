import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// Static collections filled with counted but small contents (1,000 Integers, 100 entries) stay far below 1 MiB.
class SmallStaticCollections {
    private static final List<Integer> SMALL = new ArrayList<>();
    private static final Map<Integer, String> NAMES = new HashMap<>();
    private static final List<Integer> ZEROS = new ArrayList<>(Collections.nCopies(1000, 0));

    static {
        for (int i = 0; i < 1000; i++) {
            SMALL.add(i);
        }
        for (int i = 0; i < 100; i++) {
            NAMES.put(i, "n" + i);
        }
    }

    static int size() {
        return SMALL.size() + NAMES.size() + ZEROS.size();
    }
}
