import java.util.ArrayList;
import java.util.List;

// Negative: constructors add this to a static list, but only static fields ever call them: a fixed set.
class RegistryOfStaticInstances {
    static final List<RegistryOfStaticInstances> ALL = new ArrayList<>();
    static final RegistryOfStaticInstances RED = new RegistryOfStaticInstances("red");
    static final RegistryOfStaticInstances GREEN = new RegistryOfStaticInstances("green");

    private final String name;

    private RegistryOfStaticInstances(String name) {
        this.name = name;
        ALL.add(this);
    }
}
