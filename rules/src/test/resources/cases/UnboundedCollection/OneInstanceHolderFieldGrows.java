import java.util.ArrayList;
import java.util.List;

// Positive: the one instance (held by its own static final field, private constructor) keeps a list that every
// call appends to: it lives as long as the class.
final class OneInstanceHolderFieldGrows {
    static final OneInstanceHolderFieldGrows INSTANCE = new OneInstanceHolderFieldGrows();

    // expect: UnboundedCollection warning
    private final List<String> events = new ArrayList<>();

    private OneInstanceHolderFieldGrows() {
    }

    void record(String event) {
        events.add(event.trim());
    }
}
