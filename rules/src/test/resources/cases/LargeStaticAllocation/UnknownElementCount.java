import java.util.ArrayList;
import java.util.List;

// Static collections and arrays whose element count cannot be known: filled by a loop of unknown length, copied from run-time data.
class UnknownElementCount {
    private static final List<Integer> IDS = new ArrayList<>();
    private static final List<String> PROPERTY_NAMES = new ArrayList<>(System.getProperties().stringPropertyNames());
    private static final Object[] SNAPSHOT;

    static {
        int n = Integer.getInteger("ids", 100);
        for (int i = 0; i < n; i++) {
            IDS.add(i);
        }
        SNAPSHOT = PROPERTY_NAMES.toArray();
    }

    static int count() {
        return IDS.size() + PROPERTY_NAMES.size() + SNAPSHOT.length;
    }
}
