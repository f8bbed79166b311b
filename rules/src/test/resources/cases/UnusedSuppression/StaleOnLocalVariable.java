import java.util.ArrayList;
import java.util.List;

class StaleOnLocalVariable {
    int count() {
        // expect: UnusedSuppression note
        @SuppressWarnings("refflow:CyclicReference")
        List<Object> items = new ArrayList<>();
        items.add("one");
        return items.size();
    }
}
