import java.util.ArrayList;
import java.util.List;

class BuiltInOneBranch {
    List<Object> maybe(boolean link) {
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        if (link) {
            a.add(b);
            // expect: CyclicReference warning
            b.add(a);
        }
        return a;
    }
}
