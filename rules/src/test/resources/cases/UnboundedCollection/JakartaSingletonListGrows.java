import java.util.ArrayList;
import java.util.List;
import jakarta.inject.Singleton;

// Positive: a jakarta.inject singleton's list that every call appends to.
@Singleton
class JakartaSingletonListGrows {
    // expect: UnboundedCollection warning
    private final List<String> audit = new ArrayList<>();

    void record(String event) {
        audit.add(event.trim());
    }
}
