import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class PutOverSameKey {
    Map<String, Object> replaced() {
        Map<String, Object> map = new HashMap<>();
        List<Object> values = new ArrayList<>();
        map.put("values", values);
        values.add(map);
        map.put("values", List.of());
        return map;
    }
}
