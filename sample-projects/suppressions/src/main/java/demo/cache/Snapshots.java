package demo.cache;

import java.util.ArrayList;
import java.util.List;

/** On a class: everything in it. */
@SuppressWarnings("refflow:UnboundedCollection")
public class Snapshots {
    private static final List<byte[]> TAKEN = new ArrayList<>();

    public static void take(byte[] snapshot) {
        TAKEN.add(snapshot);
    }
}
