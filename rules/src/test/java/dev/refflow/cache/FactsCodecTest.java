package dev.refflow.cache;

import dev.refflow.flow.FactsExtractor;
import dev.refflow.model.FileFacts;
import dev.refflow.model.LibraryModels;

import dev.refflow.source.JavaSourceParser;
import dev.refflow.source.JavaVersion;
import dev.refflow.source.SourceFile;
import dev.refflow.source.SourceReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactsCodecTest {

    @Test
    void everyCaseFileRoundTripsExactly() throws IOException {
        Path root = Path.of("src/test/resources/cases").toAbsolutePath();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        JavaSourceParser parser = new JavaSourceParser(JavaVersion.DEFAULT);
        SourceReader reader = new SourceReader(StandardCharsets.UTF_8);
        int methods = 0;
        for (Path p : files) {
            SourceFile f = new SourceFile(p, root.relativize(p).toString());
            String text = reader.read(f).text();
            FileFacts facts = FactsExtractor.extract(f, text, parser.parse(f, text).unit(), List.of(), LibraryModels.builtIn());
            byte[] once = FactsCodec.encode(facts);
            FileFacts back = FactsCodec.decode(once, f);
            assertArrayEquals(once, FactsCodec.encode(back), p.toString());
            assertEquals(facts.types(), back.types(), p.toString());
            assertEquals(facts.constants(), back.constants(), p.toString());
            methods += back.methods().size();
        }
        assertTrue(methods > 500, "the cases have many bodies: " + methods);
    }

    @Test
    void damagedBytesAreAnErrorNotAWrongResult() throws IOException {
        Path p = Path.of("src/test/resources/cases/CyclicReference/TwoListsReturned.java").toAbsolutePath();
        SourceFile f = new SourceFile(p, "TwoListsReturned.java");
        String text = Files.readString(p);
        FileFacts facts = FactsExtractor.extract(f, text, new JavaSourceParser(JavaVersion.DEFAULT).parse(f, text).unit(),
                List.of(), LibraryModels.builtIn());
        byte[] bytes = FactsCodec.encode(facts);
        assertThrows(IOException.class, () -> FactsCodec.decode(Arrays.copyOf(bytes, bytes.length - 3), f));
        assertThrows(IOException.class, () -> FactsCodec.decode(Arrays.copyOf(bytes, bytes.length + 1), f));
    }
}
