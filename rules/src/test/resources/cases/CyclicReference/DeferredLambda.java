import java.util.ArrayList;
import java.util.List;

class DeferredLambda {
    Runnable later;

    List<Object> deferred() {
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        a.add(b);
        Runnable linkBack = () -> b.add(a);
        return a;
    }
}
