import java.util.Map;
import java.util.WeakHashMap;

// The value's constructor hands the key to its superclass's constructor, which keeps it in a field.
class ConstructorKeepsKeyThroughSuper {
    static class Holder {
        final Object held;

        Holder(Object held) {
            this.held = held;
        }
    }

    static final class Tagged extends Holder {
        final String tag;

        Tagged(Object target, String tag) {
            super(target);
            this.tag = tag;
        }
    }

    private final Map<Object, Holder> tags = new WeakHashMap<>();

    void tag(Object target) {
        // expect: WeakKeyRetainedByValue
        tags.put(target, new Tagged(target, "t"));
    }
}
