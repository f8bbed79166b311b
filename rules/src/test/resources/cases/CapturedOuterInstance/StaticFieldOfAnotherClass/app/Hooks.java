// Global hook slots: public static fields that other classes assign.
package app;

import java.util.function.Supplier;

public final class Hooks {
    public static Runnable onExit;
    public static Supplier<String> status;

    private Hooks() {
    }
}
