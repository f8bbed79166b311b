// Positive: the WeakHashMap value is a list that contains the key.
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

class ContainerHoldsKey {
    private static final Map<Object, List<Object>> GROUPS = new WeakHashMap<>();

    static void group(Object member, Object peer) {
        List<Object> group = new ArrayList<>();
        group.add(peer);
        group.add(member);
        // expect: WeakKeyRetainedByValue error
        GROUPS.put(member, group);
    }
}
