import java.util.ArrayList;
import java.util.List;

// Negative: the helper returns a list a static field already holds: nothing fresh outlives the call.
class HelperReturnsCachedField {
    private static final List<Integer> NUMBERS = new ArrayList<>();

    List<Integer> numbers() {
        return cached();
    }

    private static List<Integer> cached() {
        return NUMBERS;
    }
}
