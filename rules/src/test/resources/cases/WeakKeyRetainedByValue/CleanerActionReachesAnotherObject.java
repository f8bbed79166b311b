// Negative: the actions refer to other objects than the one each is registered for (a sibling resource, the key's id): the registered object can still become phantom reachable and be cleaned.
import java.lang.ref.Cleaner;

class CleanerActionReachesAnotherObject {
    private static final Cleaner CLEANER = Cleaner.create();

    static final class Pool {
        void giveBack(String id) {
        }
    }

    static final class Lease {
        final String id;

        Lease(String id) {
            this.id = id;
        }
    }

    static void track(Lease lease, Pool pool) {
        String id = lease.id;
        CLEANER.register(lease, () -> pool.giveBack(id));
    }

    static void trackEach(Lease first, Lease second, Pool pool) {
        CLEANER.register(first, () -> pool.giveBack(second.id));
    }
}
