// Note: the value is reset with set(null), but not in a finally block: only a call that throws leaves it behind.
class ResetOutsideFinallyIsANote {
    static final class Order {
        final String id;

        Order(String id) {
            this.id = id;
        }
    }

    // expect: ThreadLocalNotRemoved note
    private static final ThreadLocal<Order> CURRENT = new ThreadLocal<>();

    static void handle(String id, Runnable work) {
        CURRENT.set(new Order(id));
        work.run();
        CURRENT.set(null);
    }
}
