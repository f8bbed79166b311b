import java.util.ArrayList;
import java.util.List;

class SwitchTryNearMisses {
    List<Object> exclusiveCases(int mode) {
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        switch (mode) {
            case 1 -> a.add(b);
            case 2 -> b.add(a);
            default -> { }
        }
        return a;
    }

    List<Object> brokenInFinally() {
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        try {
            a.add(b);
            b.add(a);
        } finally {
            b.remove(a);
        }
        return a;
    }
}
