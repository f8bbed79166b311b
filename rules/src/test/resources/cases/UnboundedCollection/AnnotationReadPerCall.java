import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.HashMap;
import java.util.Map;

// Near miss: a method (an interceptor's advice) given an annotation runs on every intercepted call, not once per
// annotated element: what it adds, keyed by the call's arguments, grows with the workload.
class AnnotationReadPerCall {
    @Retention(RetentionPolicy.RUNTIME)
    @interface Audited {
        String value();
    }

    // expect: UnboundedCollection warning
    private static final Map<String, Integer> CALLS_BY_USER = new HashMap<>();

    Object around(Audited audited, String user, Object result) {
        CALLS_BY_USER.merge(audited.value() + ":" + user, 1, Integer::sum);
        return result;
    }
}
