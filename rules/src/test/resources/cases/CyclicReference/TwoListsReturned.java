import java.util.ArrayList;
import java.util.List;

// The article's third experiment: two lists added to each other, and returned.
class TwoListsReturned {
    List<Object> pair() {
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        a.add(b);
        // expect: CyclicReference warning
        b.add(a);
        return a;
    }
}
