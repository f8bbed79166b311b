// Negative: an instance ThreadLocal field set per call and removed in close(), once through this.
class InstanceFieldRemoved implements AutoCloseable {
    static final class Transaction {
        final long id;

        Transaction(long id) {
            this.id = id;
        }
    }

    private final ThreadLocal<Transaction> tx = new ThreadLocal<>();

    void begin(long id) {
        tx.set(new Transaction(id));
    }

    long current() {
        return tx.get().id;
    }

    @Override
    public void close() {
        this.tx.remove();
    }
}
