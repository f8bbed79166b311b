package demo.legacy;

import java.util.ArrayList;
import java.util.List;

/** Java 7 code, as an old build still compiles it. */
public class Tables {
    private final List<String> names = new ArrayList<String>();

    public int[] lookupTable() {
        int[] table = new int[1 << 20];
        for (int i = 0; i < table.length; i++) {
            table[i] = i * 31;
        }
        return table;
    }

    public int count() {
        return names.size();
    }
}
