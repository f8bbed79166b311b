// Positive: an anonymous class instance stored as a WeakHashMap value uses the key it is stored under.
import java.util.Map;
import java.util.WeakHashMap;

class AnonymousClassCapturesKey {
    private static final Map<Object, Runnable> CLEANUPS = new WeakHashMap<>();

    static void track(Object handle) {
        // expect: WeakKeyRetainedByValue error
        CLEANUPS.put(handle, new Runnable() {
            @Override
            public void run() {
                System.out.println("closing " + handle);
            }
        });
    }
}
