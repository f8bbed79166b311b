// Negative: the @Bean method is prototype-scoped: each use gets a new Basket, whose map dies with it.
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

@Configuration
class PrototypeBeanMethodResult {
    @Bean
    @Scope("prototype")
    Basket basket() {
        return new Basket();
    }
}

class Basket {
    private final Map<String, StringBuilder> lines = new HashMap<>();

    void add(String sku) {
        lines.put(sku, new StringBuilder(sku));
    }
}
