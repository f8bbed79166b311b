import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

class SwitchTryAndNested {
    List<Object> bySwitch(int mode) {
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        switch (mode) {
            case 1 -> {
                a.add(b);
                // expect: CyclicReference
                b.add(a);
            }
            default -> a.add("none");
        }
        return a;
    }

    List<Object> inTry() {
        List<Object> a = new ArrayList<>();
        try {
            // expect: CyclicReference
            a.add(a);
        } finally {
            System.out.println("linked");
        }
        return a;
    }

    Supplier<List<Object>> anonymous() {
        return new Supplier<>() {
            @Override
            public List<Object> get() {
                List<Object> self = new ArrayList<>();
                // expect: CyclicReference
                self.add(self);
                return self;
            }
        };
    }
}
