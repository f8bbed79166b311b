package demo.data;

// A public static field that another class fills with a large array.
public final class Holder {
    public static int[] data;

    private Holder() {
    }
}
