import java.util.ArrayList;
import java.util.List;

class RemovedInOneBranch {
    List<Object> maybeBroken(boolean detach) {
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        a.add(b);
        b.add(a);
        if (detach) {
            b.remove(a);
        }
        return a;
    }
}
