import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

class ViewReturned {
    List<Integer> readOnly() {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            list.add(i);
        }
        // expect: LargeAllocationReturned
        return Collections.unmodifiableList(list);
    }
}
