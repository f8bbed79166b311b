// Negative (with RequestContext.java): removes the other class's public ThreadLocal after each request.
package app.web;

import app.context.RequestContext;

class UserFilter {
    void doFilter(String user, Runnable chain) {
        RequestContext.bind(user);
        try {
            chain.run();
        } finally {
            RequestContext.USER.remove();
        }
    }
}
