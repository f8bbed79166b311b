import java.util.ArrayList;
import java.util.List;

// Only the RefFlow value is stale; the note is about it alone.
class StaleAmongOthers {
    // expect: UnusedSuppression note
    @SuppressWarnings({"unchecked", "refflow:LargeAllocationReturned"})
    List<Integer> few() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            numbers.add(i);
        }
        return numbers;
    }
}
