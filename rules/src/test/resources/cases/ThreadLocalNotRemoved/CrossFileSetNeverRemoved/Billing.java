// Part of a positive case: sets TxHolder.CURRENT per call; nothing removes it.
package app.billing;

import app.tx.Transaction;
import app.tx.TxHolder;

class Billing {
    void charge(long txId, Runnable work) {
        TxHolder.CURRENT.set(new Transaction(txId));
        work.run();
    }
}
