package org.sitrep.evaluate;

import java.util.Locale;

/**
 * The coarse classes the project's scorer matches events by (air strike, shelling, clash, ...): finer
 * than a family, coarser than a sub-type. NONE is "no event found".
 */
public enum EventClass {
    AIR_STRIKE, SHELLING, CHEMICAL, EXPLOSION, CLASH, TERRITORY, CIVILIANS, PROTEST, RIOT, AGREEMENT,
    STRATEGIC, DISPLACEMENT, HUMANITARIAN_ACCESS, RELEASE, HUMANITARIAN, OTHER, NONE;

    public static EventClass of(String eventType, String subEventType) {
        String et = eventType == null ? "" : eventType.toLowerCase(Locale.ROOT);
        String st = subEventType == null ? "" : subEventType.toLowerCase(Locale.ROOT);
        if (et.startsWith("explosion") || et.startsWith("remote violence")) {
            if (st.contains("air") || st.contains("drone")) {
                return AIR_STRIKE;
            }
            if (st.contains("shell") || st.contains("artillery") || st.contains("missile")) {
                return SHELLING;
            }
            return st.contains("chemical") ? CHEMICAL : EXPLOSION;
        }
        if (et.startsWith("battle")) {
            return st.contains("clash") || et.contains("no change") ? CLASH : TERRITORY;
        }
        if (et.startsWith("violence against civilians")) {
            return CIVILIANS;
        }
        if (et.startsWith("protest") || et.startsWith("riots/protests")) {
            return PROTEST;
        }
        if (et.startsWith("riot")) {
            return RIOT;
        }
        if (et.startsWith("strategic")) {
            if (st.contains("agreement")) {
                return AGREEMENT;
            }
            return st.contains("transfer of territory") ? TERRITORY : STRATEGIC;
        }
        if (et.startsWith("humanitarian")) {
            if (st.equals("evacuation") || st.equals("flight") || st.equals("return")) {
                return DISPLACEMENT;
            }
            if (st.contains("access")) {
                return HUMANITARIAN_ACCESS;
            }
            return st.contains("release") ? RELEASE : HUMANITARIAN;
        }
        return OTHER;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
