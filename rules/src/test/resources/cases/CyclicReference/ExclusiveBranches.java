import java.util.ArrayList;
import java.util.List;

class ExclusiveBranches {
    List<Object> oneWay(boolean forward) {
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        if (forward) {
            a.add(b);
        } else {
            b.add(a);
        }
        return a;
    }
}
