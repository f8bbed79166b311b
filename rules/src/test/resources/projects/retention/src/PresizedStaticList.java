import java.util.ArrayList;
import java.util.List;

// A static ArrayList presized to 2,000,000 slots holds an 8 MB backing array even while empty.
class PresizedStaticList {
    // expect: LargeStaticAllocation
    private static final List<String> SLOTS = new ArrayList<>(2_000_000);

    static boolean empty() {
        return SLOTS.isEmpty();
    }
}
