import java.util.ArrayList;
import java.util.List;

// Negative: the helper is asked for ten elements.
class SmallHelperResult {
    List<Integer> few() {
        return fill(10);
    }

    private static List<Integer> fill(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }
}
