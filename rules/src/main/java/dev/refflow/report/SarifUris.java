package dev.refflow.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import dev.refflow.source.SourceFile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where SARIF says a file is: a URI relative to a base the run defines in {@code originalUriBaseIds}, never a
 * raw path.
 *
 * <ul>
 * <li>{@code %SRCROOT%} is the base directory (the project's folder; without a project, the folder RefFlow was run
 * in or pointed at with {@code --base-dir}), and a file in it is named by its path relative to it, as every report
 * names it.</li>
 * <li>A source folder outside the base directory (a run without a project pointed at folders elsewhere) gets a
 * base of its own, {@code %SRCROOT1%}, {@code %SRCROOT2%}, ... in the order of the folders' paths, and its files
 * are relative to it. An absolute path under {@code %SRCROOT%} would be a different file to every consumer.</li>
 * <li>When no source folder lies in the base directory or around it (the run only analysed folders elsewhere),
 * the base directory holds nothing reported and is left out: the first of those folders is {@code %SRCROOT%}, the
 * base consumers know best, and the others {@code %SRCROOT1%}, ...</li>
 * </ul>
 *
 * Paths are percent-encoded per RFC 3986: each octet of the UTF-8 form of each segment, except the unreserved
 * characters ({@code A-Z a-z 0-9 - . _ ~}). Not {@code java.net.URI}: its multi-argument constructors leave
 * non-ASCII characters as they are, and {@code toASCIIString()} encodes them only after normalizing to NFC, so a
 * file whose name is stored decomposed would be named by a URI of another file; and a {@code :} in the first
 * segment reads as a scheme. Encoding reserved characters too ({@code +}, {@code &}, {@code :}, ...) is what RFC
 * 3986 allows for data; no consumer has to guess. The bases themselves are {@code Path.toUri()}: absolute
 * {@code file:} URIs of the folder's bytes.
 */
final class SarifUris {
    static final String SRCROOT = "%SRCROOT%";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** The bases in the order of their IDs: base i is {@code %SRCROOT%} for 0, {@code %SRCROOT<i>%} after. */
    private final List<Path> bases;
    /** Whether the base directory is {@code bases.get(0)}. */
    private final boolean baseDirectoryIsBase;

    SarifUris(Path baseDirectory, List<Path> sourceRoots) {
        Path base = baseDirectory.toAbsolutePath().normalize();
        List<Path> outside = new ArrayList<>();
        boolean anyInOrAround = sourceRoots.isEmpty();
        for (Path root : sourceRoots) {
            Path r = root.toAbsolutePath().normalize();
            if (r.startsWith(base) || base.startsWith(r)) {
                anyInOrAround = true;
            }
            if (!r.startsWith(base) && !outside.contains(r)) {
                outside.add(r);
            }
        }
        outside.sort(Comparator.comparing(Path::toString));
        List<Path> all = new ArrayList<>();
        if (anyInOrAround) {
            all.add(base);
        }
        all.addAll(outside);
        this.bases = List.copyOf(all);
        this.baseDirectoryIsBase = anyInOrAround;
    }

    /** The run's bases: {@code %SRCROOT%} and one per further folder. */
    OriginalUriBaseIds baseIds() {
        OriginalUriBaseIds ids = new OriginalUriBaseIds();
        for (int i = 0; i < bases.size(); i++) {
            ids.setAdditionalProperty(id(i), new ArtifactLocation().withUri(directoryUri(bases.get(i))));
        }
        return ids;
    }

    /** The file's location: a relative URI and the base it is relative to. */
    ArtifactLocation artifact(SourceFile file) {
        if (baseDirectoryIsBase && !Path.of(file.relativePath()).isAbsolute()) {
            // in the base directory: the path every report shows
            return new ArtifactLocation().withUri(encodePath(file.relativePath())).withUriBaseId(SRCROOT);
        }
        Path path = file.path().toAbsolutePath().normalize();
        int best = -1;
        for (int i = baseDirectoryIsBase ? 1 : 0; i < bases.size(); i++) {
            if (path.startsWith(bases.get(i))
                    && (best < 0 || bases.get(i).getNameCount() > bases.get(best).getNameCount())) {
                best = i;
            }
        }
        if (best < 0) {
            // in no folder the run knows of: an absolute URI needs no base
            return new ArtifactLocation().withUri(path.toUri().toASCIIString());
        }
        List<String> segments = new ArrayList<>();
        for (Path name : bases.get(best).relativize(path)) {
            segments.add(name.toString());
        }
        return new ArtifactLocation().withUri(encodePath(String.join("/", segments))).withUriBaseId(id(best));
    }

    private static String id(int index) {
        return index == 0 ? SRCROOT : "%SRCROOT" + index + "%";
    }

    /** A folder as an absolute URI ending in {@code /}, as a base must. */
    static String directoryUri(Path dir) {
        String uri = dir.toAbsolutePath().normalize().toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** A {@code /}-separated relative path as a URI path: every octet but the unreserved ones and {@code /} encoded. */
    static String encodePath(String path) {
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == '/' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
