// Positive: OrderCache is a singleton because a @Bean method returns it; its map grows per order and is never
// emptied.
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class BeanMethodResultMapGrows {
    @Bean
    OrderCache orderCache() {
        return new OrderCache();
    }
}

class OrderCache {
    // expect: UnboundedCollection warning
    private final Map<String, StringBuilder> byOrder = new HashMap<>();

    StringBuilder remember(String orderId) {
        StringBuilder details = new StringBuilder(orderId);
        byOrder.put(orderId, details);
        return details;
    }
}
