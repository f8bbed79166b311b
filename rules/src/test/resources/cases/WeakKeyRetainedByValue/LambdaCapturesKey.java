// Positive: lambdas stored as WeakHashMap values capture the key they are stored under.
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;

class LambdaCapturesKey {
    private static final Map<Object, Runnable> ON_RELEASE = new WeakHashMap<>();
    private static final Map<Object, Supplier<String>> DESCRIBERS = new WeakHashMap<>();

    static void watch(Object resource) {
        // expect: WeakKeyRetainedByValue error
        ON_RELEASE.put(resource, () -> System.out.println("released " + resource));
    }

    static void describe(Object resource) {
        // expect: WeakKeyRetainedByValue error
        DESCRIBERS.put(resource, () -> resource.getClass().getName());
    }
}
