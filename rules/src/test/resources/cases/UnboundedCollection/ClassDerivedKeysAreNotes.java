import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

// Keys that are classes, their members or their names: bounded by the classes the program loads, so they do not grow
// with the workload, but a strong static map keeps each class (and its loader) alive: notes that suggest
// ClassValue or weak keys.
class ClassDerivedKeysAreNotes {
    enum Access { READ, WRITE }

    record Slot(Class<?> type, Access access) {
    }

    // expect: UnboundedCollection note
    private static final Set<String> CHECKED_TYPES = ConcurrentHashMap.newKeySet();
    // expect: UnboundedCollection note
    private static final Map<Method, Boolean> ACCESSIBLE = new ConcurrentHashMap<>();
    // expect: UnboundedCollection note
    private static final Map<Slot, String> SLOTS = new ConcurrentHashMap<>();
    // expect: UnboundedCollection note
    private static final Map<Class<?>, String> BY_RUNTIME_TYPE = new ConcurrentHashMap<>();

    static void check(Object bean) {
        if (CHECKED_TYPES.add(bean.getClass().getName())) {
            System.out.println("checked " + bean);
        }
    }

    static boolean accessible(Method method) {
        return ACCESSIBLE.computeIfAbsent(method, m -> m.canAccess(null));
    }

    static String slot(Class<?> type, Access access) {
        return SLOTS.computeIfAbsent(new Slot(type, access), s -> s.type().getSimpleName() + s.access());
    }

    static String describe(Object value) {
        return BY_RUNTIME_TYPE.computeIfAbsent(value.getClass(), Class::getSimpleName);
    }
}
