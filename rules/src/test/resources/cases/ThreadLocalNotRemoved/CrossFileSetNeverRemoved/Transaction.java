// Part of a positive case: the per-call value type.
package app.tx;

public final class Transaction {
    private final long id;

    public Transaction(long id) {
        this.id = id;
    }

    public long id() {
        return id;
    }
}
