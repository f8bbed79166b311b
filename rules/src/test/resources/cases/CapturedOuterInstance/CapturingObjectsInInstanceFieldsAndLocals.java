// Capturing lambdas, method references and inner objects kept only in instance fields or locals live no longer than their owner.
import java.util.function.Supplier;

class CapturingObjectsInInstanceFieldsAndLocals {
    private final Supplier<String> label = this::describe;
    private Runnable task;
    private Step step;
    private int count;

    class Step {
        void run() {
            count++;
        }
    }

    void init() {
        task = () -> count++;
        step = new Step();
        Runnable local = () -> count++;
        local.run();
    }

    String describe() {
        return "count=" + count;
    }
}
