// Negative: the previous value is saved and put back in a finally block (nested calls see their own), so what the
// call set is gone when it returns or throws.
class SavedAndRestoredInFinally {
    static final class Generator {
        final String name;

        Generator(String name) {
            this.name = name;
        }

        Object generate() {
            Object saved = CURRENT.get();
            CURRENT.set(this);
            try {
                return name.hashCode();
            } finally {
                CURRENT.set(saved);
            }
        }
    }

    private static final ThreadLocal<Object> CURRENT = new ThreadLocal<>();

    static Object current() {
        return CURRENT.get();
    }
}
