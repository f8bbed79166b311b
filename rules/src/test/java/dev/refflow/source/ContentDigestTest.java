package dev.refflow.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content digest the caches key files by: equal for equal bytes, different for every small edit tried. */
class ContentDigestTest {

    @Test
    void sameBytesSameDigestAndReadingAgreesWithHashing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("A.java");
        Files.writeString(file, "class A { int x = 1; }\n");
        byte[] read = new SourceReader(StandardCharsets.UTF_8).readHashed(new SourceFile(file, "A.java")).digest();
        assertArrayEquals(SourceReader.hash(file), read);
        assertArrayEquals(SourceReader.digest(Files.readAllBytes(file)), read);
        assertEquals(16, read.length);
    }

    @Test
    void everyOneByteEditAndEveryTruncationChangesTheDigest() {
        byte[] text = ("package p;\n\nclass Cache {\n    static final java.util.Map<String, Object> M = "
                + "new java.util.HashMap<>();\n}\n").getBytes(StandardCharsets.UTF_8);
        Set<String> seen = new HashSet<>();
        seen.add(Arrays.toString(SourceReader.digest(text)));
        for (int i = 0; i < text.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] edited = text.clone();
                edited[i] ^= (byte) (1 << bit);
                assertFalse(!seen.add(Arrays.toString(SourceReader.digest(edited))), "edit at " + i + " bit " + bit);
            }
            byte[] shorter = Arrays.copyOf(text, i);
            assertFalse(!seen.add(Arrays.toString(SourceReader.digest(shorter))), "truncated to " + i);
        }
        // two bytes swapped: a transposition, the classic edit a weak checksum misses
        byte[] swapped = text.clone();
        swapped[20] = text[21];
        swapped[21] = text[20];
        assertFalse(Arrays.equals(SourceReader.digest(text), SourceReader.digest(swapped)));
    }
}
