package dev.refflow.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Quoting folds white space: the fast path for text that is already folded must give what the full fold gives. */
class SourceTextFoldTest {

    /** The fold as specified, written independently: white-space runs to one space, trimmed, at most 120 chars. */
    private static String reference(String s) {
        String out = s.replaceAll("\\p{javaWhitespace}+", " ").replaceAll("^ | $", "");
        return out.length() > 120 ? out.substring(0, 119) + "…" : out;
    }

    @Test
    void foldedAndUnfoldedTextsAgreeWithTheReference() {
        Random random = new Random(42);
        String alphabet = "ab(). ,;\t\n\r \u00a0\u2003é";
        for (int n = 0; n < 20_000; n++) {
            int length = random.nextInt(n % 10 == 0 ? 200 : 40);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < length; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            assertEquals(reference(text), SourceText.shorten(text), () -> "for [" + text + "]");
        }
    }

    @Test
    void quotesANodeOnOneLine() {
        SourceText source = new SourceText("class A {\n  void f() {\n    map.put(key,\n        value);\n  }\n}\n");
        var unit = com.github.javaparser.StaticJavaParser.parse("class A {\n  void f() {\n    map.put(key,\n        value);\n  }\n}\n");
        var call = unit.findFirst(com.github.javaparser.ast.expr.MethodCallExpr.class).orElseThrow();
        assertEquals("map.put(key, value)", source.text(call));
        assertEquals("key", source.text(call.getArgument(0)));
    }
}
