// An instance of an inner class that reads an outer field is assigned to a static field.
class InnerClassInStaticField {
    static Session current;
    private final String user;

    InnerClassInStaticField(String user) {
        this.user = user;
    }

    class Session {
        String owner() {
            return user;
        }
    }

    void login() {
        // expect: CapturedOuterInstance
        current = new Session();
    }
}
