import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

class PresizedButEmpty {
    List<String> reserve() {
        // an empty list whose backing array already holds 2,000,000 slots
        List<String> list = new ArrayList<>(2_000_000);
        // expect: LargeAllocationReturned
        return list;
    }

    List<Integer> zeros() {
        // expect: LargeAllocationReturned
        return new ArrayList<>(Collections.nCopies(1_000_000, 0));
    }
}
