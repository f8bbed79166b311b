// Negative (with UserFilter.java): a public ThreadLocal set here is removed by another class of the project.
package app.context;

public final class RequestContext {
    public static final ThreadLocal<String> USER = new ThreadLocal<>();

    private RequestContext() {
    }

    public static void bind(String user) {
        USER.set(user);
    }

    public static String user() {
        return USER.get();
    }
}
