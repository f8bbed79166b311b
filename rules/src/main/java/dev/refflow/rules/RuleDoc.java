package dev.refflow.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule's documentation page: Markdown with {@code ## } sections of paragraphs and {@code ```java} code
 * blocks. Parsed into plain parts so reports can render it with escaping, never as raw HTML. Parsed on first
 * use: a run answered from the cache writes no report and never needs the parts.
 */
public final class RuleDoc {
    private final String markdown;
    private volatile List<Section> sections;

    private RuleDoc(String markdown) {
        this.markdown = markdown;
    }

    /** The page as written. */
    public String markdown() {
        return markdown;
    }

    /** Its sections, in order. */
    public List<Section> sections() {
        List<Section> s = sections;
        if (s == null) {
            s = sectionsOf(markdown);
            sections = s;
        }
        return s;
    }

    /** @param title section title, {@code code} is false for paragraphs */
    public record Section(String title, List<Block> blocks) {
    }

    /** A paragraph (made of text and {@code `code`} segments) or a code block. */
    public record Block(boolean code, String text, List<Segment> segments) {
    }

    public record Segment(String text, boolean code) {
    }

    public static RuleDoc parse(String markdown) {
        return new RuleDoc(markdown);
    }

    private static List<Section> sectionsOf(String markdown) {
        List<Section> sections = new ArrayList<>();
        String title = "";
        List<Block> blocks = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        StringBuilder code = null;
        for (String line : markdown.split("\n", -1)) {
            if (code != null) {
                if (line.strip().startsWith("```")) {
                    blocks.add(new Block(true, code.toString().stripTrailing(), List.of()));
                    code = null;
                } else {
                    code.append(line).append('\n');
                }
                continue;
            }
            if (line.startsWith("```")) {
                flush(para, blocks);
                code = new StringBuilder();
            } else if (line.startsWith("## ")) {
                flush(para, blocks);
                if (!title.isEmpty() || !blocks.isEmpty()) {
                    sections.add(new Section(title, List.copyOf(blocks)));
                }
                title = line.substring(3).strip();
                blocks = new ArrayList<>();
            } else if (line.startsWith("# ")) {
                flush(para, blocks);
            } else if (line.isBlank()) {
                flush(para, blocks);
            } else {
                if (para.length() > 0) {
                    para.append(' ');
                }
                para.append(line.strip());
            }
        }
        flush(para, blocks);
        if (!title.isEmpty() || !blocks.isEmpty()) {
            sections.add(new Section(title, List.copyOf(blocks)));
        }
        return List.copyOf(sections);
    }

    private static void flush(StringBuilder para, List<Block> blocks) {
        if (para.length() == 0) {
            return;
        }
        String text = para.toString();
        List<Segment> segments = new ArrayList<>();
        String[] parts = text.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                segments.add(new Segment(parts[i], i % 2 == 1));
            }
        }
        blocks.add(new Block(false, text, List.copyOf(segments)));
        para.setLength(0);
    }

    /** The first paragraph: the mechanism in one breath, used as the SARIF full description. */
    public String firstParagraph() {
        for (Section s : sections()) {
            for (Block b : s.blocks()) {
                if (!b.code()) {
                    return b.text().replace("`", "");
                }
            }
        }
        return "";
    }
}
