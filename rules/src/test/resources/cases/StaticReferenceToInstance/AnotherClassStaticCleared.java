// Negative: near miss of StoreIntoAnotherClassStatic: the other class's static is set to null when the instance's
// life ends.
class AnotherClassStaticCleared {
    static final class Registry {
        static Object active;
    }

    private final int[] state = new int[1024];

    void activate() {
        Registry.active = this;
    }

    void close() {
        Registry.active = null;
    }
}
