import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

// Negative: a singleton's map keyed by an enum holds at most one entry per constant.
@Service
class EnumKeyedBeanMap {
    enum Status { NEW, PAID, SHIPPED }

    private final Map<Status, Long> counts = new HashMap<>();

    void count(Status status) {
        counts.merge(status, 1L, Long::sum);
    }

    Map<Status, Long> snapshot() {
        return new EnumMap<>(counts);
    }
}
