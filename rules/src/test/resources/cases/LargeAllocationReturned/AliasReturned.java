import java.util.ArrayList;
import java.util.List;

class AliasReturned {
    List<Long> build() {
        List<Long> first = new ArrayList<>();
        for (long i = 0; i < 2_000_000L; i++) {
            first.add(i);
        }
        List<Long> same = first;
        List<Long> again = same;
        // expect: LargeAllocationReturned
        return again;
    }
}
