// Positive: clearing with set(null), even in a finally, is not remove(); the thread's map entry stays.
class SetNullIsNotRemove {
    static final class Transaction {
        final long id;

        Transaction(long id) {
            this.id = id;
        }
    }

    // expect: ThreadLocalNotRemoved warning
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
