import java.util.ArrayList;
import java.util.List;

// The article's second experiment: the same million-element list, returned.
class LoopListReturned {
    List<Integer> foo() {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            list.add(i);
        }
        // expect: LargeAllocationReturned
        return list;
    }
}
