package com.example.modern;

import java.util.List;
import java.util.Map;

/** Text blocks, var, and switch expressions with yield. */
public final class Templates {
    private static final String PAGE = """
            <html>
              <body>%s</body>
            </html>
            """;

    private Templates() {
    }

    public static String render(Map<String, List<String>> sections) {
        var sb = new StringBuilder();
        for (var entry : sections.entrySet()) {
            var title = entry.getKey();
            var lines = entry.getValue();
            sb.append("<h2>").append(title).append("</h2>");
            lines.forEach(line -> sb.append("<p>").append(line).append("</p>"));
        }
        return PAGE.formatted(sb);
    }

    public static int weight(String level) {
        return switch (level) {
            case "high" -> 3;
            case "medium" -> {
                int base = 1;
                yield base + 1;
            }
            default -> 1;
        };
    }
}
