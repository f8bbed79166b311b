import javax.servlet.http.HttpSession;

// Positive: a user's session kept by a static after the user has logged out.
class SessionKeptInStatic {
    private static HttpSession lastSession;

    void login(HttpSession session, String user) {
        session.setAttribute("user", user);
        // expect: StaticReferenceToInstance
        lastSession = session;
    }
}
