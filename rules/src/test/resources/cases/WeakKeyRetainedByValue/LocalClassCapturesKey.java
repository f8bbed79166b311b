// Positive: an instance of a local (inner) class that captures the key is stored as the WeakHashMap value.
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

class LocalClassCapturesKey {
    private static final Map<Object, Supplier<String>> NAMES = new WeakHashMap<>();

    static void name(Object widget) {
        class WidgetName implements Supplier<String> {
            @Override
            public String get() {
                return "widget " + widget.hashCode();
            }
        }
        // expect: WeakKeyRetainedByValue error
        NAMES.put(widget, new WidgetName());
    }
}
