package dev.refflow.maven;

import dev.refflow.api.ReportFormat;
import dev.refflow.rules.Level;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Parses plugin parameter values as users write them, with messages that name the parameter (by its
 * {@code refflow.} user property) and what is allowed.
 */
final class ParameterValues {
    private ParameterValues() {
    }

    /** A bad value; the message is ready to show. */
    static final class BadValueException extends Exception {
        BadValueException(String message) {
            super(message);
        }
    }

    static Level level(String property, String value) throws BadValueException {
        try {
            return Level.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadValueException(property + ": '" + value + "' is not a level; allowed: " + Level.ALLOWED);
        }
    }

    static int nonNegativeInt(String property, String value) throws BadValueException {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the message
        }
        throw new BadValueException(property + ": '" + value + "' must be a whole number, 0 or more");
    }

    static int positiveInt(String property, String value) throws BadValueException {
        int n = nonNegativeInt(property, value);
        if (n == 0) {
            throw new BadValueException(property + ": '" + value + "' must be at least 1");
        }
        return n;
    }

    /** Bytes as a number, optionally with a binary unit: {@code 1048576}, {@code 512k}, {@code 1M}, {@code 2MiB}. */
    static long bytes(String property, String value) throws BadValueException {
        try {
            return dev.refflow.api.Sizes.parseBytes(value);
        } catch (IllegalArgumentException e) {
            throw new BadValueException(property + ": " + e.getMessage());
        }
    }

    static Set<ReportFormat> formats(String property, String value) throws BadValueException {
        Set<ReportFormat> out = EnumSet.noneOf(ReportFormat.class);
        for (String part : list(value)) {
            try {
                out.add(ReportFormat.parse(part));
            } catch (IllegalArgumentException e) {
                throw new BadValueException(property + ": '" + part + "' is not a report format; allowed: "
                        + ReportFormat.ALLOWED);
            }
        }
        return out;
    }

    /** A comma-separated list, blanks dropped. */
    static List<String> list(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /**
     * Rule levels written on the command line: {@code ExplicitGcCall=off,CyclicReference=error} (a colon works as
     * well as an equals sign), in the order written.
     */
    static java.util.Map<String, String> ruleLevels(String property, String value) throws BadValueException {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String item : list(value)) {
            int at = item.indexOf('=') >= 0 ? item.indexOf('=') : item.indexOf(':');
            if (at <= 0 || at == item.length() - 1) {
                throw new BadValueException(property + ": '" + item + "' is not RuleId=level; write e.g. "
                        + "ExplicitGcCall=off,CyclicReference=error");
            }
            out.put(item.substring(0, at).strip(), item.substring(at + 1).strip());
        }
        return out;
    }
}
