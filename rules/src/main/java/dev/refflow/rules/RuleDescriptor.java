package dev.refflow.rules;

/**
 * A rule as users see it.
 *
 * @param id           stable ID: SARIF ruleId, suppression key, baseline key
 * @param summary      one sentence
 * @param defaultLevel level unless configured
 * @param doc          the documentation page
 */
public record RuleDescriptor(String id, String summary, Level defaultLevel, RuleDoc doc) {
}
