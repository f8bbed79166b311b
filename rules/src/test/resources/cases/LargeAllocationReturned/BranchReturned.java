import java.util.ArrayList;
import java.util.List;

class BranchReturned {
    List<Integer> pick(boolean big) {
        List<Integer> small = new ArrayList<>();
        small.add(1);
        if (big) {
            List<Integer> large = new ArrayList<>();
            for (int i = 0; i < 1_000_000; i++) {
                large.add(i);
            }
            // expect: LargeAllocationReturned
            return large;
        } else {
            return small;
        }
    }
}
