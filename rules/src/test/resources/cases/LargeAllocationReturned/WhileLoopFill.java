import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

class WhileLoopFill {
    List<String> drain(Iterator<String> it) {
        List<String> out = new ArrayList<>();
        while (it.hasNext()) {
            out.add(it.next());
        }
        return out;
    }
}
