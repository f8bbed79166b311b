import java.util.HashMap;
import java.util.Map;

// A static HashMap filled with 200,000 entries by the static initializer (nodes, boxed keys and values, table).
class StaticMapFilledInStaticBlock {
    // expect: LargeStaticAllocation
    private static final Map<Integer, Integer> DOUBLES = new HashMap<>();

    static {
        for (int i = 0; i < 200_000; i++) {
            DOUBLES.put(i, i * 2);
        }
    }

    static Integer twice(int i) {
        return DOUBLES.get(i);
    }
}
