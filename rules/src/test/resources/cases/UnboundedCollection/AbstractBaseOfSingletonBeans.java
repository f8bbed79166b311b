// Positive: the abstract base class is never made itself; its only subclasses are singleton beans, so the map it
// declares lives as long as the application, and grows per request.
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

abstract class AbstractBaseOfSingletonBeans {
    // expect: UnboundedCollection warning
    protected final Map<String, StringBuilder> seen = new HashMap<>();

    void handle(String requestId) {
        seen.put(requestId, new StringBuilder(requestId));
    }
}

@Service
class GrpcServer extends AbstractBaseOfSingletonBeans {
}

@Service
class HttpServer extends AbstractBaseOfSingletonBeans {
}
