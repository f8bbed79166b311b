import java.util.ArrayList;
import java.util.List;

class ReturnsField {
    private final List<Integer> cache = new ArrayList<>();

    List<Integer> cache() {
        return cache;
    }

    List<Integer> alsoCache() {
        return this.cache;
    }
}
