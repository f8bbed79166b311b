import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

// Negative: the singleton's constructor fills its map once; the container builds it once.
@Service
class BeanConstructorFillsOnce {
    private final Map<String, Integer> index = new HashMap<>();

    BeanConstructorFillsOnce(List<String> names) {
        for (String n : names) {
            index.put(n, n.length());
        }
    }

    Integer lookup(String name) {
        return index.get(name);
    }
}
