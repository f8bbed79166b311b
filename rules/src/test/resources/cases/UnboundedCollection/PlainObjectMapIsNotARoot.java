import java.util.HashMap;
import java.util.Map;

// Negative: a plain class says nothing about how long its instances live; its map goes with each instance.
class PlainObjectMapIsNotARoot {
    private final Map<String, String> values = new HashMap<>();

    void put(String key) {
        values.put(key, key.trim());
    }
}
