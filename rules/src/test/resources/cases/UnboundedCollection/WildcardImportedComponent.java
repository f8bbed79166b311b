import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.*;

// Positive: the annotation comes through a wildcard import; it is still Spring's @Component.
@Component
class WildcardImportedComponent {
    // expect: UnboundedCollection warning
    private final Set<String> sessions = new HashSet<>();

    void open(String sessionId) {
        sessions.add(sessionId);
    }
}
