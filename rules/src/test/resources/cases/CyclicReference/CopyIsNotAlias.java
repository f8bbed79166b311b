import java.util.ArrayList;
import java.util.List;

class CopyIsNotAlias {
    List<Object> snapshot() {
        List<Object> a = new ArrayList<>();
        a.add("x");
        List<Object> copy = new ArrayList<>(a);
        a.add(copy);
        return a;
    }
}
