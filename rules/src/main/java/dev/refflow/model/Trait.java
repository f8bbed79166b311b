package dev.refflow.model;

/**
 * What an object is, as far as keeping references is concerned: said by a library model of its type ({@code is}
 * rows), of what created it ({@code new WeakHashMap<>()}, {@code CacheBuilder...maximumSize(100)}), or by a method
 * its class overrides ({@code removeEldestEntry}).
 */
public enum Trait {
    /** weak keys: {@code WeakHashMap}, a cache built with {@code weakKeys()} */
    WEAK_KEYS,
    /** entries can leave by themselves: {@code removeEldestEntry}, {@code maximumSize}, expiry, weak or soft values */
    BOUNDED,
    /** cannot be added to: {@code List.of}, {@code Collections.unmodifiable*}, Guava's immutable collections */
    IMMUTABLE,
    /** a ThreadLocal with an initial value: {@code withInitial}, an overridden {@code initialValue} */
    INITIAL_VALUE,
    /** calling its methods notifies it: it is a listener, not something listeners are registered with */
    LISTENER,
    /** runs its callbacks once and drops them: a future or promise */
    ONE_SHOT,
    /** a tool commonly cached per thread on purpose (a formatter, a buffer, a digest) */
    PER_THREAD_TOOL,
    /** runs tasks on a thread of its own that lives until it is cancelled ({@code java.util.Timer}) */
    OWN_THREAD,
    /**
     * its values are a finite set fixed by the program or the platform (an enum, {@code Boolean}, {@code Charset},
     * {@code TimeZone}): a map keyed by them cannot grow with the workload
     */
    FINITE_VALUES,
    /**
     * a class or one of its members ({@code Class}, {@code Method}, {@code Field}): finite per class loader, and
     * keeping one keeps its class loader
     */
    CLASS_METADATA,
    /**
     * kept by the class loader it belongs to: a {@code Class} (its defining loader keeps every class it defined) or a
     * {@code ClassLoader} (its own): whatever reaches that loader keeps it, so a weak map keyed by one is pinned by a
     * value that reaches anything of the key's loader (an instance of its class, one of its members, the loader)
     */
    HELD_BY_LOADER,
    /**
     * has a lifecycle that ends before the program's (a request, a session, a connection, a view, an activity): a
     * static that keeps one keeps it, and all it reaches, after that
     */
    LIFECYCLE,
    /** an annotation that makes its class a container-managed singleton ({@code @Service}, {@code @Singleton}) */
    SINGLETON_COMPONENT,
    /** an annotation that gives its class a scope shorter than the application's ({@code @RequestScope}) */
    NARROW_SCOPE,
    /** an annotation whose value names its class's scope ({@code @Scope("prototype")}); only "singleton" keeps it */
    NAMES_SCOPE,
    /** a method annotation whose method's result the container keeps as a singleton ({@code @Bean}) */
    BEAN_METHOD,
    /** a method annotation whose method's result the container keeps, as long as a scope annotation beside it says */
    PROVIDER_METHOD,
    /** a method annotation that makes the method run once, as its component starts ({@code @PostConstruct}) */
    START_STEP;

    /** The trait a models file names: {@code weak-keys}, {@code per-thread-tool}. */
    public static Trait ofName(String name) {
        for (Trait t : values()) {
            if (t.modelName().equals(name)) {
                return t;
            }
        }
        return null;
    }

    public String modelName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
