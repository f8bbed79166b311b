package dev.refflow.report;

import org.htmlunit.WebClient;
import org.htmlunit.corejs.javascript.Context;
import org.htmlunit.corejs.javascript.VarScope;
import org.htmlunit.corejs.javascript.debug.DebugFrame;
import org.htmlunit.corejs.javascript.debug.DebuggableScript;
import org.htmlunit.corejs.javascript.debug.Debugger;
import org.htmlunit.csp.Policy;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes an HtmlUnit client keep a Content-Security-Policy's rules for scripts, which HtmlUnit itself does not: every
 * piece of script it compiles is judged by an independent implementation of the standard (htmlunit-csp), an inline
 * {@code <script>} by its text, an event handler attribute as a script attribute; a blocked one never starts.
 */
final class CspEnforcement implements Debugger {
    private final Policy policy;
    private final Map<DebuggableScript, Boolean> allowed = new IdentityHashMap<>();
    /** The scripts the policy blocked, by HtmlUnit's name for them. */
    final List<String> blocked = new ArrayList<>();

    private CspEnforcement(Policy policy) {
        this.policy = policy;
    }

    /** Enforces {@code serializedPolicy} on everything {@code client} runs from now on. */
    static CspEnforcement install(WebClient client, String serializedPolicy) {
        List<String> errors = new ArrayList<>();
        Policy policy = Policy.parseSerializedCSP(serializedPolicy, (severity, message, directive, value) ->
                errors.add(severity + ": " + message));
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("the policy does not parse cleanly: " + errors);
        }
        CspEnforcement enforcement = new CspEnforcement(policy);
        client.getJavaScriptEngine().getContextFactory().setDebugger(enforcement);
        return enforcement;
    }

    @Override
    public void handleCompilationDone(Context cx, DebuggableScript script, String source) {
        if (!script.isTopLevel()) {
            // a function inside a script is judged with the script it is in
            return;
        }
        // a compiled function at the top is an event handler attribute (onerror="..."); otherwise a <script> element
        boolean ok = script.isFunction()
                ? policy.allowsScriptAsAttribute(Optional.of(handlerBody(source)))
                : policy.allowsInlineScript(Optional.empty(), Optional.of(source), Optional.of(true));
        allowed.put(script, ok);
        if (!ok) {
            blocked.add(script.getSourceName());
        }
    }

    @Override
    public DebugFrame getFrame(Context cx, DebuggableScript script) {
        DebuggableScript top = script;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        if (allowed.getOrDefault(top, Boolean.FALSE)) {
            return null;
        }
        return new DebugFrame() {
            @Override
            public void onEnter(Context context, VarScope scope, Object thisObj, Object[] args) {
                throw new IllegalStateException("blocked by the Content-Security-Policy");
            }
        };
    }

    /** The attribute's text inside the function HtmlUnit wraps it in: {@code function onerror(event) { ... }}. */
    private static String handlerBody(String source) {
        int open = source.indexOf('{');
        int close = source.lastIndexOf('}');
        return open >= 0 && close > open ? source.substring(open + 1, close).strip() : source;
    }
}
