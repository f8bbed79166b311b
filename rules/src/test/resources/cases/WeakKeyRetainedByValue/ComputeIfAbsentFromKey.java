// Positive: computeIfAbsent's mapping function builds the value from the key (its parameter or the captured key).
import java.util.Map;
import java.util.WeakHashMap;

class ComputeIfAbsentFromKey {
    static final class Meta {
        final Object subject;

        Meta(Object subject) {
            this.subject = subject;
        }
    }

    private static final Map<Object, Meta> META = new WeakHashMap<>();

    static Meta metaOf(Object subject) {
        // expect: WeakKeyRetainedByValue error
        return META.computeIfAbsent(subject, s -> new Meta(s));
    }

    static Meta metaOfCaptured(Object subject) {
        // expect: WeakKeyRetainedByValue error
        return META.computeIfAbsent(subject, ignored -> new Meta(subject));
    }
}
