import java.util.ArrayList;
import java.util.List;

class BrokenBeforeReturn {
    List<Object> temporary() {
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        a.add(b);
        b.add(a);
        b.remove(a);
        return a;
    }

    List<Object> cleared() {
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        a.add(b);
        b.add(a);
        b.clear();
        return a;
    }
}
