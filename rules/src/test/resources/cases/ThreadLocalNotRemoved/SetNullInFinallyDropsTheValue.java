// Negative: set(null) in a finally block drops the value whether the work completes or throws; what stays in the
// thread's map is an entry holding null, not the transaction.
class SetNullInFinallyDropsTheValue {
    static final class Transaction {
        final long id;

        Transaction(long id) {
            this.id = id;
        }
    }

    private static final ThreadLocal<Transaction> TX = new ThreadLocal<>();

    static void inTransaction(long id, Runnable work) {
        TX.set(new Transaction(id));
        try {
            work.run();
        } finally {
            TX.set(null);
        }
    }
}
