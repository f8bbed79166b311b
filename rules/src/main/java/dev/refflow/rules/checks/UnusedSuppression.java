package dev.refflow.rules.checks;

import dev.refflow.model.Suppression;
import dev.refflow.rules.Level;
import dev.refflow.rules.Rule;
import dev.refflow.rules.RuleContext;
import dev.refflow.rules.RuleInfo;
import dev.refflow.rules.Suppressions;

/**
 * A RefFlow suppression that silences nothing: the code it excused was fixed or moved, or it names the wrong
 * rule. Reported as a note at the annotation so stale suppressions can be removed before they hide a new
 * finding. Runs after every other rule's findings were matched against the suppressions.
 */
@RuleInfo(summary = "A RefFlow suppression annotation that suppresses nothing.", level = Level.NOTE)
public final class UnusedSuppression implements Rule {

    @Override
    public boolean runsAfterSuppressions() {
        return true;
    }

    @Override
    public void check(RuleContext context) {
        for (Suppressions.Unused u : context.unusedSuppressions()) {
            Suppression s = u.suppression();
            String quoted = "\"" + u.value() + "\"";
            String what = s.values().size() == 1 ? s.annotation() : quoted + " in " + s.annotation();
            context.reportAt(u.file(), s.line(), s.column(), context.defaultLevel(),
                    what + " on " + s.target() + " suppresses nothing: " + u.reason() + "; remove it",
                    s.enclosingType(), s.member(), s.annotation() + " " + quoted);
        }
    }
}
