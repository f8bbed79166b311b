import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

// Negative: a prototype bean is made per use; its map dies with it.
@Component
@Scope("prototype")
class PrototypeBeanMapDiesWithIt {
    private final Map<String, String> seen = new HashMap<>();

    void visit(String page) {
        seen.put(page, page.trim());
    }
}
