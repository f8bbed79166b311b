// Positive: a WeakHashMap held in a local (and one received as a WeakHashMap parameter) gets a value built with its key.
import java.util.Map;
import java.util.WeakHashMap;

class LocalWeakMap {
    static final class Tag {
        final String label;
        final Object target;

        Tag(String label, Object target) {
            this.label = label;
            this.target = target;
        }
    }

    int tagAll(Object[] targets) {
        Map<Object, Tag> tags = new WeakHashMap<>();
        for (Object target : targets) {
            // expect: WeakKeyRetainedByValue error
            tags.put(target, new Tag("seen", target));
        }
        return tags.size();
    }

    void tagOne(WeakHashMap<Object, Tag> tags, Object target) {
        // expect: WeakKeyRetainedByValue error
        tags.put(target, new Tag("one", target));
    }
}
