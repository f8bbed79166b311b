package dev.refflow.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's metadata, on the rule class (its ID is the class's simple name). The rule's documentation
 * page is the resource {@code docs/<ID>.md} beside the rules.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** One sentence: what is flagged. */
    String summary();

    /** The level its findings have unless the rule or the user says otherwise. */
    Level level();

    /**
     * IDs the rule had before: still accepted wherever a user may have written them (rule settings, suppressions,
     * baselines), and listed as deprecated IDs in SARIF.
     */
    String[] formerIds() default {};
}
