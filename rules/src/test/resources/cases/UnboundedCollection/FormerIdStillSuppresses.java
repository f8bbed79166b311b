import java.util.ArrayList;
import java.util.List;

// UnboundedCollection was called UnboundedStaticCollection: a suppression written with the former ID still applies.
class FormerIdStillSuppresses {
    @SuppressWarnings("refflow:UnboundedStaticCollection") // drained by an external job
    // suppressed: UnboundedCollection
    private static final List<String> PENDING = new ArrayList<>();

    static void queue(String job) {
        PENDING.add(job.trim());
    }
}
