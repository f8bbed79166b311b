// Positive: a request-scoped bean (the container makes one per request) publishes itself in a static: the class keeps
// the last request's bean, and its data, after the request ended.
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

@Component
@Scope("request")
class RequestScopedBeanPublishesItself {
    static RequestScopedBeanPublishesItself current;
    private final StringBuilder cart = new StringBuilder();

    void begin(String item) {
        // expect: StaticReferenceToInstance warning
        current = this;
        cart.append(item);
    }
}
