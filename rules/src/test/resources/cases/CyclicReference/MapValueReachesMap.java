import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class MapValueReachesMap {
    Map<String, Object> registry() {
        Map<String, Object> map = new HashMap<>();
        List<Object> values = new ArrayList<>();
        map.put("values", values);
        // expect: CyclicReference warning
        values.add(map);
        return map;
    }
}
