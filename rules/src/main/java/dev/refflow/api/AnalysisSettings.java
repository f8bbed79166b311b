package dev.refflow.api;

import dev.refflow.rules.Level;
import dev.refflow.source.JavaVersion;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every setting that decides what an analysis finds, besides the files themselves. The caches are keyed by
 * {@link #cacheKey()}, which is derived from all components of the records, so a setting added here can never
 * be forgotten in a key: a cached result is reused only when nothing here changed.
 *
 * @param facts                what each file's facts depend on
 * @param largeAllocationBytes the size from which an allocation counts as large
 * @param ruleLevels           configured rules (an empty level: off), sorted by ID
 * @param includes             include globs
 * @param excludes             exclude globs
 */
public record AnalysisSettings(Facts facts, long largeAllocationBytes, Map<String, Optional<Level>> ruleLevels,
                               List<String> includes, List<String> excludes) {

    public AnalysisSettings {
        ruleLevels = java.util.Collections.unmodifiableMap(new TreeMap<>(ruleLevels));
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
    }

    /**
     * What the facts of one file depend on besides its content.
     *
     * @param languageLevel the Java version sources are parsed as
     * @param encoding      the charset sources are read with
     * @param libraryModels a digest of the library models in force (RefFlow's own and the user's files)
     */
    public record Facts(JavaVersion languageLevel, Charset encoding, String libraryModels) {
        /** The facts cache's key: this RefFlow build and every component above. */
        public String cacheKey() {
            return RefFlowVersion.build() + "|" + this;
        }
    }

    /** The result cache's key: this RefFlow build and every component above, the facts' included. */
    public String cacheKey() {
        return RefFlowVersion.build() + "|" + this;
    }
}
