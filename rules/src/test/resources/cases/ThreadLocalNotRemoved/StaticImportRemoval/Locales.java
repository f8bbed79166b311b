// Negative (with LocaleCleanup.java): a package-private ThreadLocal removed by a sibling class through a static import.
package app.i18n;

final class Locales {
    static final ThreadLocal<String> CURRENT_LOCALE = new ThreadLocal<>();

    private Locales() {
    }

    static void use(String languageTag) {
        CURRENT_LOCALE.set(languageTag);
    }
}
