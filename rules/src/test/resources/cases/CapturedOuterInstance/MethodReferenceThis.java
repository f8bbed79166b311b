// A `this::describe` method reference assigned to a static field in the constructor.
import java.util.function.Supplier;

class MethodReferenceThis {
    static Supplier<String> nameSource;
    private final String name;

    MethodReferenceThis(String name) {
        this.name = name;
        // expect: CapturedOuterInstance
        nameSource = this::describe;
    }

    String describe() {
        return name;
    }
}
