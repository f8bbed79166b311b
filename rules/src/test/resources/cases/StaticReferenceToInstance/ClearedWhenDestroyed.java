// Negative: the static is set to null when the screen's life ends.
class ClearedWhenDestroyed {
    static ClearedWhenDestroyed current;

    void onCreate() {
        current = this;
    }

    void onDestroy() {
        current = null;
    }
}
