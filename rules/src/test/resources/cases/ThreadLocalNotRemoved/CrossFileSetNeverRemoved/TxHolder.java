// Positive (with Billing.java): a public ThreadLocal set from another class and removed nowhere in the project.
package app.tx;

public final class TxHolder {
    // expect: ThreadLocalNotRemoved warning
    public static final ThreadLocal<Transaction> CURRENT = new ThreadLocal<>();

    private TxHolder() {
    }

    public static Transaction current() {
        return CURRENT.get();
    }
}
