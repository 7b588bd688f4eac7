package org.sitrep.resolve.place;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A locality named by a place and a number ("Novo-3", "Kamenka-2"): a mine's settlement, a block or a camp beside the
 * place, which the gazetteer rarely lists. Its base name says where it lies, less precisely. Stateless.
 */
public final class NumberedName {
    /** A capitalised name, a hyphen, one to three digits, nothing after. */
    private static final Pattern NUMBERED = Pattern.compile("(\\p{Lu}[\\p{L}'’ .-]*\\p{L})\\s*-\\s*\\d{1,3}");

    private NumberedName() {
    }

    /** The base name of a numbered locality ("Novo" of "Novo-3"), or null when the words are not one. */
    public static String base(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = NUMBERED.matcher(text.strip());
        // a base in capitals is a model's name ("BM-21", "AK-47"), not a place's
        return m.matches() && !m.group(1).equals(m.group(1).toUpperCase(java.util.Locale.ROOT)) ? m.group(1).strip() : null;
    }
}
