import java.util.Collections;
import java.util.List;

// Collections.nCopies returns a constant-size view (a count and one element), not a million slots: only a copy of it is large.
class NCopiesViewIsSmall {
    private static final List<Integer> ZEROS = Collections.nCopies(1_000_000, 0);

    static int size() {
        return ZEROS.size();
    }
}
