// Negative: lambdas, anonymous classes and constructors get only data computed from the key, never the key itself.
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

class OnlyKeyDataCaptured {
    static final class Label {
        final String text;

        Label(String text) {
            this.text = text;
        }
    }

    private static final Map<Object, Supplier<String>> NAMES = new WeakHashMap<>();
    private static final Map<Object, Runnable> PRINTERS = new WeakHashMap<>();
    private static final Map<Object, Label> LABELS = new WeakHashMap<>();

    static void remember(Object key) {
        String name = key.toString();
        int hash = key.hashCode();
        NAMES.put(key, () -> name + "#" + hash);
        PRINTERS.put(key, new Runnable() {
            @Override
            public void run() {
                System.out.println(name);
            }
        });
        LABELS.put(key, new Label(key.getClass().getSimpleName()));
    }
}
