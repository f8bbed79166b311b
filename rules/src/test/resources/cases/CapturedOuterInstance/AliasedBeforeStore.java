// A capturing lambda passes through two locals before the static store; the finding is at the store.
class AliasedBeforeStore {
    static Runnable pending;
    private int saves;

    void schedule() {
        Runnable save = () -> saves++;
        Runnable chosen = save;
        // expect: CapturedOuterInstance
        pending = chosen;
    }
}
