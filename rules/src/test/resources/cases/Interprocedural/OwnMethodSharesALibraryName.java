import java.util.ArrayList;
import java.util.List;

// The class's own join(a, b) puts each list inside the other. Its body decides what it does, not the model of
// String.join or Thread.join, which only read their arguments.
class OwnMethodSharesALibraryName {
    static List<Object> current;

    static void open() {
        List<Object> north = new ArrayList<>();
        List<Object> south = new ArrayList<>();
        // expect: CyclicReference error
        join(north, south);
        current = north;
    }

    static String label(List<String> parts) {
        // String.join only reads: nothing is kept
        return String.join(",", parts);
    }

    private static void join(List<Object> left, List<Object> right) {
        left.add(right);
        right.add(left);
    }
}
