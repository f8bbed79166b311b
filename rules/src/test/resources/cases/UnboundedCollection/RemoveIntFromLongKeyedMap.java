// Positive: the map is keyed by Long but finish() removes an int, boxed to an Integer that never equals a Long.
import java.util.HashMap;
import java.util.Map;

class RemoveIntFromLongKeyedMap {
    static final class Job {
        final long id;

        Job(long id) {
            this.id = id;
        }
    }

    // expect: UnboundedCollection warning
    private static final Map<Long, Job> JOBS = new HashMap<>();

    static synchronized void submit(long id) {
        JOBS.put(id, new Job(id));
    }

    static synchronized void finish(int id) {
        JOBS.remove(id);
    }
}
