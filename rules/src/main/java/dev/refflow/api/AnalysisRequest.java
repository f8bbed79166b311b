package dev.refflow.api;

import dev.refflow.model.LibraryModels;
import dev.refflow.rules.Level;
import dev.refflow.rules.RuleCatalog;
import dev.refflow.source.JavaVersion;
import edu.umd.cs.findbugs.annotations.CheckReturnValue;
import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.TreeMap;

/**
 * Everything one analysis needs: where the sources are, how to read and parse them, which rules at which
 * levels, and where to write reports. Built with {@link #builder(Path)}; {@link Builder#build()} checks every
 * value and names the parameter that is wrong.
 */
public final class AnalysisRequest {
    public static final long DEFAULT_LARGE_ALLOCATION_BYTES = 1024 * 1024;

    private final Path baseDirectory;
    private final List<Path> sourceRoots;
    private final AnalysisSettings settings;
    /** null until first asked for when only RefFlow's own models are in force (a cached run never needs them) */
    private volatile LibraryModels libraryModels;
    private final Path outputDirectory;
    private final Set<ReportFormat> formats;
    private final int threads;
    private final String projectName;
    private final Path cacheDirectory;
    private final Consumer<String> log;
    private final Duration fileTimeLimit;
    private final Duration progressInterval;
    private final boolean timing;
    private final Baseline baseline;
    private final List<Module> modules;

    private AnalysisRequest(Builder b, Map<String, Optional<Level>> ruleLevels, Baseline baseline,
                            LibraryModels libraryModels) {
        this.baseDirectory = b.baseDirectory.toAbsolutePath().normalize();
        this.sourceRoots = List.copyOf(b.sourceRoots);
        this.libraryModels = libraryModels;
        this.settings = new AnalysisSettings(new AnalysisSettings.Facts(b.languageLevel, b.encoding,
                libraryModels == null ? LibraryModels.builtInDigest() : libraryModels.digest()),
                b.largeAllocationBytes, ruleLevels, b.includes, b.excludes);
        this.outputDirectory = b.outputDirectory == null ? null : b.outputDirectory.toAbsolutePath().normalize();
        this.formats = Collections.unmodifiableSet(EnumSet.copyOf(b.formats.isEmpty()
                ? EnumSet.noneOf(ReportFormat.class) : b.formats));
        this.threads = b.threads;
        this.projectName = b.projectName;
        this.cacheDirectory = b.cacheDirectory == null ? null : b.cacheDirectory.toAbsolutePath().normalize();
        this.log = b.log;
        this.fileTimeLimit = b.fileTimeLimit;
        this.progressInterval = b.progressInterval;
        this.timing = b.timing;
        this.baseline = baseline;
        this.modules = List.copyOf(b.modules);
    }

    /** The baseline to apply, or null. */
    @Nullable
    public Baseline baseline() {
        return baseline;
    }

    /** The modules an aggregate analysis reports by; empty for one project. */
    public List<Module> modules() {
        return modules;
    }

    /** True when the engine should log how long each phase took. */
    public boolean timing() {
        return timing;
    }

    @CheckReturnValue
    public static Builder builder(@NonNull Path baseDirectory) {
        return new Builder(baseDirectory);
    }

    public Path baseDirectory() {
        return baseDirectory;
    }

    public List<Path> sourceRoots() {
        return sourceRoots;
    }

    /** What library methods do with references: RefFlow's own models and the user's files. */
    public LibraryModels libraryModels() {
        LibraryModels m = libraryModels;
        if (m == null) {
            m = LibraryModels.builtIn();
            libraryModels = m;
        }
        return m;
    }

    /** Every setting that decides what the analysis finds: what the caches are keyed by. */
    public AnalysisSettings settings() {
        return settings;
    }

    public List<String> includes() {
        return settings.includes();
    }

    public List<String> excludes() {
        return settings.excludes();
    }

    public Charset encoding() {
        return settings.facts().encoding();
    }

    public JavaVersion languageLevel() {
        return settings.facts().languageLevel();
    }

    public long largeAllocationBytes() {
        return settings.largeAllocationBytes();
    }

    /** Configured rules: an empty level means the rule is off. Rules not in the map run at their default level. */
    public Map<String, Optional<Level>> ruleLevels() {
        return settings.ruleLevels();
    }

    @Nullable
    public Path outputDirectory() {
        return outputDirectory;
    }

    public Set<ReportFormat> formats() {
        return formats;
    }

    public int threads() {
        return threads;
    }

    public String projectName() {
        return projectName;
    }

    /** Where per-file facts and the last result are cached; null when the cache is off. */
    @Nullable
    public Path cacheDirectory() {
        return cacheDirectory;
    }

    /** Receives progress and cache notices, one line each. */
    public Consumer<String> log() {
        return log;
    }

    /** How long one file may take before it is given up as a processing problem. */
    public Duration fileTimeLimit() {
        return fileTimeLimit;
    }

    /** The least time between two progress lines; the first comes only after this long. */
    public Duration progressInterval() {
        return progressInterval;
    }

    /** Collects and checks request parameters. */
    public static final class Builder {
        private final Path baseDirectory;
        private final List<Path> sourceRoots = new ArrayList<>();
        private final List<String> includes = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();
        private Charset encoding = Charset.forName("UTF-8");
        private JavaVersion languageLevel = JavaVersion.DEFAULT;
        private long largeAllocationBytes = DEFAULT_LARGE_ALLOCATION_BYTES;
        private final Map<String, String> rules = new LinkedHashMap<>();
        private Path outputDirectory;
        private final Set<ReportFormat> formats = EnumSet.of(ReportFormat.HTML, ReportFormat.SARIF);
        private int threads = Runtime.getRuntime().availableProcessors();
        private String projectName = "";
        private Path cacheDirectory;
        private Consumer<String> log = line -> { };
        private Duration fileTimeLimit = Duration.ofSeconds(30);
        private Duration progressInterval = Duration.ofSeconds(5);
        private boolean timing;
        private Path baselineFile;
        private final List<Module> modules = new ArrayList<>();
        private final List<Path> modelFiles = new ArrayList<>();

        private Builder(Path baseDirectory) {
            if (baseDirectory == null) {
                throw new InvalidRequestException("baseDirectory", "is required");
            }
            this.baseDirectory = baseDirectory;
        }

        @CheckReturnValue
        public Builder sourceRoot(Path root) {
            sourceRoots.add(root);
            return this;
        }

        @CheckReturnValue
        public Builder sourceRoots(List<Path> roots) {
            sourceRoots.addAll(roots);
            return this;
        }

        @CheckReturnValue
        public Builder includes(List<String> globs) {
            includes.addAll(globs);
            return this;
        }

        @CheckReturnValue
        public Builder excludes(List<String> globs) {
            excludes.addAll(globs);
            return this;
        }

        @CheckReturnValue
        public Builder encoding(Charset charset) {
            this.encoding = charset;
            return this;
        }

        /** @param name a charset name; checked at once */
        @CheckReturnValue
        public Builder encoding(String name) {
            try {
                this.encoding = Charset.forName(name);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("encoding", "unknown charset '" + name + "'");
            }
            return this;
        }

        @CheckReturnValue
        public Builder languageLevel(JavaVersion level) {
            this.languageLevel = level;
            return this;
        }

        /** @param version a Java version as Maven users write it ({@code 17}, {@code 1.8}) */
        @CheckReturnValue
        public Builder languageLevel(String version) {
            try {
                this.languageLevel = JavaVersion.parse(version);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("languageLevel", e.getMessage());
            }
            return this;
        }

        /**
         * The Java version the project's build names ({@code maven.compiler.release}, {@code source}), read as the
         * nearest level RefFlow knows: a {@code 1.7} build is read as 8, a release newer than RefFlow knows as the
         * newest. Unlike {@link #languageLevel(String)}, which a user sets on purpose, this never fails: a value
         * that is no version at all leaves the default.
         *
         * @param adjusted told, in one sentence, when the level read differs from what the build names
         */
        @CheckReturnValue
        public Builder projectLanguageLevel(String version, java.util.function.Consumer<String> adjusted) {
            JavaVersion.Nearest nearest = JavaVersion.nearest(version);
            if (nearest == null) {
                adjusted.accept("RefFlow: the build's Java version '" + version + "' is not a version; reading the "
                        + "sources as Java " + JavaVersion.DEFAULT.displayName() + " (set refflow.languageLevel to "
                        + "choose)");
                return this;
            }
            if (nearest.adjusted()) {
                adjusted.accept("RefFlow: the build compiles for Java " + version.strip() + "; reading the sources as "
                        + "Java " + nearest.level().displayName() + ", the nearest level RefFlow knows ("
                        + JavaVersion.OLDEST + " to " + JavaVersion.NEWEST + ")");
            }
            this.languageLevel = nearest.level();
            return this;
        }

        @CheckReturnValue
        public Builder largeAllocationBytes(long bytes) {
            this.largeAllocationBytes = bytes;
            return this;
        }

        /** @param level a level ({@code error}, {@code warning}, {@code note}) or {@code off} */
        @CheckReturnValue
        public Builder rule(String ruleId, String level) {
            rules.put(ruleId, level);
            return this;
        }

        @CheckReturnValue
        public Builder outputDirectory(@Nullable Path directory) {
            this.outputDirectory = directory;
            return this;
        }

        @CheckReturnValue
        public Builder formats(Set<ReportFormat> reportFormats) {
            formats.clear();
            formats.addAll(reportFormats);
            return this;
        }

        @CheckReturnValue
        public Builder threads(int count) {
            this.threads = count;
            return this;
        }

        @CheckReturnValue
        public Builder projectName(String name) {
            this.projectName = name == null ? "" : name;
            return this;
        }

        /** @param directory where to cache facts and results between runs; null turns the cache off */
        @CheckReturnValue
        public Builder cacheDirectory(@Nullable Path directory) {
            this.cacheDirectory = directory;
            return this;
        }

        @CheckReturnValue
        public Builder log(Consumer<String> sink) {
            this.log = sink;
            return this;
        }

        @CheckReturnValue
        public Builder fileTimeLimit(Duration limit) {
            this.fileTimeLimit = limit;
            return this;
        }

        @CheckReturnValue
        public Builder timing(boolean logPhases) {
            this.timing = logPhases;
            return this;
        }

        /**
         * @param file a baseline written by {@link Baseline#write}: findings it lists do not count. A file that
         *             does not exist means no baseline; one that cannot be read is an error.
         */
        @CheckReturnValue
        public Builder baselineFile(@Nullable Path file) {
            this.baselineFile = file;
            return this;
        }

        @CheckReturnValue
        public Builder modules(List<Module> moduleList) {
            this.modules.addAll(moduleList);
            return this;
        }

        /**
         * @param files library model files of the user's, in the format of RefFlow's own ({@code library.models}):
         *              their rows add to RefFlow's and replace those for the same methods
         */
        @CheckReturnValue
        public Builder models(List<Path> files) {
            modelFiles.addAll(files);
            return this;
        }

        @CheckReturnValue
        public Builder progressInterval(Duration interval) {
            this.progressInterval = interval;
            return this;
        }

        /** @throws InvalidRequestException naming the first parameter whose value cannot be used */
        @CheckReturnValue
        public AnalysisRequest build() {
            if (largeAllocationBytes <= 0) {
                throw new InvalidRequestException("largeAllocationBytes",
                        "must be a positive number of bytes, was " + largeAllocationBytes);
            }
            if (threads <= 0) {
                throw new InvalidRequestException("threads", "must be at least 1, was " + threads);
            }
            if (fileTimeLimit.isNegative() || fileTimeLimit.isZero()) {
                throw new InvalidRequestException("fileTimeLimit", "must be positive, was " + fileTimeLimit);
            }
            Map<String, Optional<Level>> levels = new TreeMap<>();
            for (Map.Entry<String, String> written : rules.entrySet()) {
                // a renamed rule's former ID still configures it
                Map.Entry<String, String> r = Map.entry(RuleCatalog.currentId(written.getKey()),
                        written.getValue() == null ? "" : written.getValue());
                if (RuleCatalog.find(r.getKey()).isEmpty()) {
                    String nearest = RuleCatalog.nearestId(r.getKey());
                    throw new InvalidRequestException("rules", "unknown rule '" + r.getKey() + "'"
                            + (nearest == null ? "" : "; did you mean " + nearest + "?") + " Known rules: "
                            + String.join(", ", RuleCatalog.ids()));
                }
                String v = r.getValue() == null ? "" : r.getValue().strip().toLowerCase(Locale.ROOT);
                if (v.equals("off")) {
                    levels.put(r.getKey(), Optional.empty());
                } else {
                    try {
                        levels.put(r.getKey(), Optional.of(Level.parse(v)));
                    } catch (IllegalArgumentException e) {
                        throw new InvalidRequestException("rules", r.getKey() + ": unknown level '" + r.getValue()
                                + "'; allowed: " + Level.ALLOWED + ", off");
                    }
                }
            }
            Baseline baseline = null;
            if (baselineFile != null && java.nio.file.Files.exists(baselineFile)) {
                try {
                    baseline = Baseline.read(baselineFile);
                } catch (java.io.IOException | RuntimeException e) {
                    throw new InvalidRequestException("baselineFile", baselineFile + " cannot be used: "
                            + e.getMessage());
                }
            }
            LibraryModels models;
            if (modelFiles.isEmpty()) {
                // RefFlow's own, read when first needed
                models = null;
            } else {
                for (Path p : modelFiles) {
                    if (!java.nio.file.Files.isRegularFile(p)) {
                        throw new InvalidRequestException("models", p + " is not a file");
                    }
                }
                try {
                    models = LibraryModels.load(modelFiles);
                } catch (LibraryModels.BadModelException e) {
                    throw new InvalidRequestException("models", e.getMessage());
                }
            }
            return new AnalysisRequest(this, levels, baseline, models);
        }
    }
}
