import java.util.ArrayList;
import java.util.List;

// A 1,000,000-Integer list built in a local and then assigned to a static field: reported at the assignment.
class StaticListAssignedInStaticBlock {
    private static final List<Integer> IDS;

    static {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            list.add(i);
        }
        // expect: LargeStaticAllocation
        IDS = list;
    }

    static boolean known(int id) {
        return id >= 0 && id < IDS.size();
    }
}
