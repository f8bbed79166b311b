// Negative: a singleton bean's LRU map is made in the constructor (its size comes from there), not in the field's
// initializer: the anonymous subclass's removeEldestEntry still bounds it.
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
class LruMapMadeInConstructor {
    private final Map<String, Long> quotes;

    LruMapMadeInConstructor(int maximum) {
        this.quotes = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > maximum;
            }
        };
    }

    synchronized long quote(String customer, long listPrice) {
        return quotes.computeIfAbsent(customer, k -> listPrice * 9 / 10);
    }
}
