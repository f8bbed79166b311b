// Positive: ThreadLocal subclasses (a named one, and an anonymous one overriding initialValue) are ThreadLocals too.
class SubclassNotRemoved {
    static final class Principal {
        final String name;

        Principal(String name) {
            this.name = name;
        }
    }

    static final class PrincipalHolder extends ThreadLocal<Principal> {
    }

    // expect: ThreadLocalNotRemoved warning
    private static final PrincipalHolder HOLDER = new PrincipalHolder();
    // expect: ThreadLocalNotRemoved warning
    private static final ThreadLocal<Principal> ACTING_AS = new ThreadLocal<Principal>() { @Override protected Principal initialValue() { return new Principal("system"); } };

    static void authenticate(Principal principal, Principal actingAs) {
        HOLDER.set(principal);
        ACTING_AS.set(actingAs);
    }

    static String names() {
        return HOLDER.get().name + " as " + ACTING_AS.get().name;
    }
}
