import java.util.ArrayList;
import java.util.List;

// A helper adds each list to the other: the cycle is closed at the call and returned.
class CycleClosedByHelper {
    List<Object> pair() {
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        // expect: CyclicReference warning
        link(a, b);
        return a;
    }

    private static void link(List<Object> a, List<Object> b) {
        a.add(b);
        b.add(a);
    }
}
