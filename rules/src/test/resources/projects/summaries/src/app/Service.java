package app;

import app.store.Registry;
import app.util.Lists;

import java.util.ArrayList;
import java.util.List;

public class Service {
    private static final List<Object> SEEN = new ArrayList<>();
    private static final Service INSTANCE = new Service();
    private static boolean started;
    private final Registry registry = new Registry();

    static {
        fill();
    }

    private Service() {
        SEEN.add("boot");
    }

    private static void fill() {
        SEEN.add("a");
    }

    static void start() {
        if (!started) {
            warmUp();
            started = true;
        }
    }

    private static void warmUp() {
        SEEN.add("warm");
    }

    public void handle(Object request) {
        registry.keep(request);
        Registry.keepForever(request);
        Lists.grow(SEEN, request);
        Lists.count(SEEN);
        double total = 0;
        for (Shape s : List.<Shape>of(new Circle(1), new Square(2))) {
            total += s.area();
        }
        registry.notifyAll(total);
        unknown(request);
    }

    private native void unknown(Object o);

    public List<Integer> big() {
        return Lists.wrapped(1_000_000);
    }
}
