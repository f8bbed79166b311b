import java.util.ArrayList;
import java.util.List;

// Negative: the helper's large list is only counted here; it dies with this method's frame.
class LargeHelperResultStaysLocal {
    int count() {
        List<Integer> numbers = fill(1_000_000);
        return numbers.size();
    }

    private static List<Integer> fill(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }
}
