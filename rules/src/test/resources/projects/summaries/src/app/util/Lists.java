package app.util;

import java.util.ArrayList;
import java.util.List;

public final class Lists {
    private Lists() {
    }

    public static List<Integer> numbers(int n) {
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    public static List<Integer> wrapped(int n) {
        return numbers(n);
    }

    public static <T> T same(T value) {
        return value;
    }

    public static void link(List<Object> a, List<Object> b) {
        a.add(b);
        b.add(a);
    }

    public static void grow(List<Object> target, Object value) {
        target.add(value);
    }

    public static int count(List<Object> source) {
        return source.size();
    }
}
