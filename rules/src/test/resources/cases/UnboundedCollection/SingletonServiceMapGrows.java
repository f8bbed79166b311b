import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

// Positive: a singleton bean lives as long as the application; a map in its field filled per request and never
// emptied grows like a static one.
@Service
class SingletonServiceMapGrows {
    record Order(String id) {
    }

    // expect: UnboundedCollection warning
    private final Map<String, Order> orders = new HashMap<>();

    Order place(String id) {
        Order o = new Order(id);
        orders.put(id, o);
        return o;
    }
}
