import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

// Where the method's documentation says the collection is the point (a leak check, a memory diagnostic, an admin
// operation), the call is intended: a note. A javadoc that says nothing of memory leaves it a warning.
class DocumentedMemoryToolIsANote {
    @Retention(RetentionPolicy.RUNTIME)
    @interface AdminOperation {
        String description();
    }

    /**
     * Collects garbage so that objects only weakly reachable are cleared, then reports the tracked resources that
     * were never released: those are leaks.
     */
    int reportLeaks() {
        // expect: ExplicitGcCall note
        System.gc();
        return 0;
    }

    @AdminOperation(description = "Run a full collection and print the heap usage")
    void compact() {
        // expect: ExplicitGcCall note
        Runtime.getRuntime().gc();
    }

    /** Reloads the configuration from disk. */
    void reload() {
        // expect: ExplicitGcCall warning
        System.gc();
    }
}
