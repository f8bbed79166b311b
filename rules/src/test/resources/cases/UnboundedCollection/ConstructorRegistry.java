import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

// Instance registries: a constructor (and an instance initializer) adding `this` to a static collection is growth.
class ConstructorRegistry {
    // expect: UnboundedCollection
    static final List<ConstructorRegistry> INSTANCES = new ArrayList<>();
    // expect: UnboundedCollection
    private static final Set<String> NAMES = new HashSet<>();

    private final String name;

    {
        NAMES.add(getClass().getName());
    }

    ConstructorRegistry(String name) {
        this.name = name;
        INSTANCES.add(this);
    }

    String name() {
        return name;
    }

    static int count() {
        return INSTANCES.size() + NAMES.size();
    }
}
