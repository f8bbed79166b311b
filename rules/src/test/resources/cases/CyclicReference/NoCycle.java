import java.util.ArrayList;
import java.util.List;

class NoCycle {
    List<Object> nested() {
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        a.add(b);
        b.add("leaf");
        return a;
    }
}
