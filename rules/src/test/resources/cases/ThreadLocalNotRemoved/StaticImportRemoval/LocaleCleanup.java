// Negative (with Locales.java): clears the statically imported ThreadLocal after each call.
package app.i18n;

import static app.i18n.Locales.CURRENT_LOCALE;

final class LocaleCleanup {
    private LocaleCleanup() {
    }

    static void withLocale(String languageTag, Runnable work) {
        Locales.use(languageTag);
        try {
            work.run();
        } finally {
            CURRENT_LOCALE.remove();
        }
    }
}
