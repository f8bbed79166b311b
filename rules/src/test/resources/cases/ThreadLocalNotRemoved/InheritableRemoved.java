// Negative: an InheritableThreadLocal and a ThreadLocal subclass, both set per call and removed.
class InheritableRemoved {
    static final class Principal {
        final String name;

        Principal(String name) {
            this.name = name;
        }
    }

    static final class PrincipalHolder extends ThreadLocal<Principal> {
    }

    private static final InheritableThreadLocal<String> CORRELATION = new InheritableThreadLocal<>();
    private static final PrincipalHolder PRINCIPAL = new PrincipalHolder();

    static void call(String correlationId, Principal principal, Runnable work) {
        CORRELATION.set(correlationId);
        PRINCIPAL.set(principal);
        try {
            work.run();
        } finally {
            PRINCIPAL.remove();
            CORRELATION.remove();
        }
    }
}
