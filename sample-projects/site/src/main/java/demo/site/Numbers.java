package demo.site;

import java.util.ArrayList;
import java.util.List;

public class Numbers {
    public List<Integer> all() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < 1_000_000; i++) {
            numbers.add(i);
        }
        return numbers;
    }

    public String describe(String item) {
        return "<" + item + ">";
    }
}
