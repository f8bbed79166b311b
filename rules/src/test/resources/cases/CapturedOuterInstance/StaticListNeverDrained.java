// Each instance adds `this::work` to a static list that is only iterated, never drained: captured, and the list is unbounded too.
import java.util.ArrayList;
import java.util.List;

class StaticListNeverDrained {
    // expect: UnboundedCollection
    static final List<Runnable> TASKS = new ArrayList<>();
    private int runs;

    StaticListNeverDrained() {
        // expect: CapturedOuterInstance
        TASKS.add(this::work);
    }

    void work() {
        runs++;
    }

    static void runAll() {
        for (Runnable task : TASKS) {
            task.run();
        }
    }
}
