import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

// Large statics built by a copy of Collections.nCopies and by IntStream.range(...).boxed().collect(...).
class StaticCollectionFactories {
    // expect: LargeStaticAllocation
    private static final List<Integer> ZEROS = new ArrayList<>(Collections.nCopies(1_000_000, 0));
    // expect: LargeStaticAllocation
    private static final List<Integer> IDS = IntStream.range(0, 1_000_000).boxed().collect(Collectors.toList());

    static int sum() {
        return ZEROS.size() + IDS.size();
    }
}
