// Positive: a plain class's list is long-lived when a static, or a singleton bean's field, made the object and
// holds it, and the growth runs through that holder: every request adds to the held instance's list.
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

class Journal {
    // expect: UnboundedCollection warning
    private final List<String> entries = new ArrayList<>();

    void record(String event) {
        entries.add(event + System.nanoTime());
    }

    int size() {
        return entries.size();
    }
}

class AuditLog {
    // expect: UnboundedCollection warning
    private final List<String> lines = new ArrayList<>();

    void write(String line) {
        lines.add(line + System.nanoTime());
    }
}

class HeldByAStaticOrABean {
    static final Journal JOURNAL = new Journal();

    void onRequest(String path) {
        JOURNAL.record(path);
    }
}

@Service
class OrderHandler {
    private final AuditLog audit = new AuditLog();

    void handle(String orderId) {
        audit.write(orderId);
    }
}
