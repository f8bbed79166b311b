import java.util.HashSet;
import java.util.Set;

// On a field, the suppression covers the field's own finding.
class FieldSuppression {
    @SuppressWarnings("refflow:UnboundedCollection") // interned names, bounded by the schema
    // suppressed: UnboundedCollection
    private static final Set<String> NAMES = new HashSet<>();

    static String intern(String name) {
        NAMES.add(name);
        return name;
    }
}
