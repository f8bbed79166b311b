import java.lang.ref.WeakReference;

// Negative: the static holds a WeakReference to the screen, not the screen.
class WeakReferenceInStatic {
    static WeakReference<WeakReferenceInStatic> current;

    void onCreate() {
        current = new WeakReference<>(this);
    }
}
