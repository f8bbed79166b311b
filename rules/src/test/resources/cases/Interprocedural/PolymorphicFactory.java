import java.util.ArrayList;
import java.util.List;

// Negative: which factory runs is decided at run time; one of them is small, so the call is no evidence.
class PolymorphicFactory {
    interface Factory {
        List<Integer> make(int n);
    }

    static final class Filled implements Factory {
        @Override
        public List<Integer> make(int n) {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(i);
            }
            return out;
        }
    }

    static final class Empty implements Factory {
        @Override
        public List<Integer> make(int n) {
            return new ArrayList<>();
        }
    }

    List<Integer> make(Factory f) {
        return f.make(1_000_000);
    }
}
