// Negative: one subclass of the base is made per call, so instances of the base come and go with their maps.
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

abstract class AbstractBaseWithAShortLivedSubclass {
    protected final Map<String, StringBuilder> seen = new HashMap<>();

    void handle(String requestId) {
        seen.put(requestId, new StringBuilder(requestId));
    }
}

@Service
class LongLivedHandler extends AbstractBaseWithAShortLivedSubclass {
}

class PerRequestHandler extends AbstractBaseWithAShortLivedSubclass {
    static int serve(String id) {
        PerRequestHandler h = new PerRequestHandler();
        h.handle(id);
        return h.seen.size();
    }
}
