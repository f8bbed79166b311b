// Lambdas that use an instance field, or `this` itself, are assigned to static fields from an instance method.
import java.util.function.Supplier;

class LambdaInStaticField {
    static Runnable onTick;
    static Supplier<Object> owner;
    private int ticks;

    void start() {
        // expect: CapturedOuterInstance warning
        onTick = () -> ticks++;
        // expect: CapturedOuterInstance
        owner = () -> this;
    }
}
