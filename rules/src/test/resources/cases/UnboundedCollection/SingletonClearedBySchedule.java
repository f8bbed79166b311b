import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

// Negative: the singleton's map is cleared on a schedule.
@Component
class SingletonClearedBySchedule {
    private final Map<String, Long> hits = new ConcurrentHashMap<>();

    void hit(String path) {
        hits.merge(path, 1L, Long::sum);
    }

    void flushEveryMinute() {
        hits.clear();
    }
}
