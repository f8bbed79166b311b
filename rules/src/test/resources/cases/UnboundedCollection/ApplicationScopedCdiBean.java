import java.util.HashMap;
import java.util.Map;
import jakarta.enterprise.context.ApplicationScoped;

// Positive: a CDI application-scoped bean keeps a cache keyed by user input and never evicts.
@ApplicationScoped
class ApplicationScopedCdiBean {
    // expect: UnboundedCollection warning
    private final Map<String, String> translations = new HashMap<>();

    String translate(String text) {
        return translations.computeIfAbsent(text, t -> t.toUpperCase());
    }
}
