// Negative: the field is removed in close() of a nested AutoCloseable scope class, used with try-with-resources.
final class RemovedByScopeClose {
    static final class Scope implements AutoCloseable {
        @Override
        public void close() {
            REQUEST_ID.remove();
        }
    }

    private static final ThreadLocal<String> REQUEST_ID = new ThreadLocal<>();

    private RemovedByScopeClose() {
    }

    static Scope open(String requestId) {
        REQUEST_ID.set(requestId);
        return new Scope();
    }

    static void serve(String requestId) {
        try (Scope scope = open(requestId)) {
            System.out.println("serving " + REQUEST_ID.get());
        }
    }
}
