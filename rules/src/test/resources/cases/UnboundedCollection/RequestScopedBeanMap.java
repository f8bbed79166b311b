import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

// Negative: a request-scoped bean lives for one request.
@Component
@RequestScope
class RequestScopedBeanMap {
    private final List<String> messages = new ArrayList<>();

    void add(String message) {
        messages.add(message.trim());
    }
}
