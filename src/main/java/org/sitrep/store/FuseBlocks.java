package org.sitrep.store;

import java.util.HashMap;
import java.util.Map;
import org.sitrep.common.Tsv;
import org.sitrep.model.EventMention;
import org.sitrep.model.EventType;

/**
 * The fusion block of a mention: its coarse event class (all violent classes form one) and its country.
 * Cross-outlet fusion only ever joins mentions of one block (docs/fusion.md, "Blocking and cost"), so
 * re-fusing a whole block gives the same events as re-fusing the whole store.
 *
 * <p>This mirrors {@code CrossOutletFusion.block} in the fuse package, which is not public; the two
 * must agree (see docs/store.md).
 */
public final class FuseBlocks {
    private static final Map<String, String> COARSE = new HashMap<>();

    static {
        for (String[] r : Tsv.read("/ontology/event-types.tsv")) {
            COARSE.put(r[0] + "|" + r[1], r[2]);
        }
    }

    private FuseBlocks() {
    }

    public static String key(EventMention m) {
        String cc = m.location() == null ? "?" : String.valueOf(m.location().countryCode());
        return coarse(m.type()) + "|" + cc;
    }

    private static String coarse(EventType t) {
        String e = t.eventType();
        if (e.startsWith("Explosions") || e.startsWith("Battles") || e.startsWith("Violence")) {
            return "violent";
        }
        return COARSE.getOrDefault(t.eventType() + "|" + t.subEventType(), t.eventType());
    }
}
