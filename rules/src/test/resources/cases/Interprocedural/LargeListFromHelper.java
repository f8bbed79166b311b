import java.util.ArrayList;
import java.util.List;

// The list is built by a private helper whose size only the caller's argument decides: large where it is returned.
class LargeListFromHelper {
    List<Integer> squares() {
        // expect: LargeAllocationReturned
        return fill(1_000_000);
    }

    private static List<Integer> fill(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i * i);
        }
        return out;
    }
}
