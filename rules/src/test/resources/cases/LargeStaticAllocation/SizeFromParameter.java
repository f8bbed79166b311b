import java.util.ArrayList;
import java.util.List;

// Static fields allocated with a size known only from a parameter: unknown size, no finding.
class SizeFromParameter {
    private static int[] table;
    private static List<String> reserved;

    static void resize(int n) {
        table = new int[n];
    }

    static void reserve(int capacity) {
        reserved = new ArrayList<>(capacity);
    }

    static int size() {
        return table.length + reserved.size();
    }
}
