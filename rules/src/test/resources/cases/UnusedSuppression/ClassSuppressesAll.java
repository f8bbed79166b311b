import java.util.ArrayList;
import java.util.List;

// On a class, "refflow" covers every member: the field's and the method's findings are both silenced.
@SuppressWarnings("refflow")
class ClassSuppressesAll {
    // suppressed: UnboundedCollection
    private static final List<String> SEEN = new ArrayList<>();

    static void see(String s) {
        SEEN.add(s);
    }

    void tidy() {
        // suppressed: ExplicitGcCall
        System.gc();
    }
}
