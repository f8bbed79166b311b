import java.util.ArrayList;
import java.util.List;

// Negative: the helper makes one list hold the other, not the other way round; and the other only reads.
class HelperLinksOneWay {
    List<Object> nest() {
        List<Object> outer = new ArrayList<>();
        List<Object> inner = new ArrayList<>();
        attach(outer, inner);
        compare(inner, outer);
        return outer;
    }

    private static void attach(List<Object> holder, Object element) {
        holder.add(element);
    }

    private static boolean compare(List<Object> a, List<Object> b) {
        return a.size() == b.size();
    }
}
