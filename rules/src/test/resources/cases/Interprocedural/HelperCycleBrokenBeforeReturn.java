import java.util.ArrayList;
import java.util.List;

// Negative: the helper's cycle is broken again by clear() before the lists are returned.
class HelperCycleBrokenBeforeReturn {
    List<Object> pair() {
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        link(a, b);
        b.clear();
        return a;
    }

    private static void link(List<Object> a, List<Object> b) {
        a.add(b);
        b.add(a);
    }
}
