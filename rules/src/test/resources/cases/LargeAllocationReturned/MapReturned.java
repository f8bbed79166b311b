import java.util.HashMap;
import java.util.Map;

class MapReturned {
    Map<Integer, String> index() {
        Map<Integer, String> map = new HashMap<>();
        for (int i = 0; i < 100_000; i++) {
            map.put(i, "v" + i);
        }
        // expect: LargeAllocationReturned
        return map;
    }
}
