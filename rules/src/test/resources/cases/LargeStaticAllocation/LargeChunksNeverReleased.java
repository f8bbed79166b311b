import java.util.ArrayList;
import java.util.List;

// Two independent problems: a large array added to a static list, and that list only ever grows.
class LargeChunksNeverReleased {
    // expect: UnboundedCollection
    private static final List<long[]> PAGES = new ArrayList<>();

    static void newPage() {
        // expect: LargeStaticAllocation
        PAGES.add(new long[256 * 1024]);
    }

    static int pages() {
        return PAGES.size();
    }
}
