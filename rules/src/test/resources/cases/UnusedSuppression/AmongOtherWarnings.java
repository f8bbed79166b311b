import java.util.ArrayList;
import java.util.List;

// A RefFlow value among javac's own warnings: javac's are none of RefFlow's business.
class AmongOtherWarnings {
    @SuppressWarnings({"unchecked", "refflow:LargeAllocationReturned"})
    List<Integer> all() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            numbers.add(i);
        }
        // suppressed: LargeAllocationReturned
        return numbers;
    }
}
