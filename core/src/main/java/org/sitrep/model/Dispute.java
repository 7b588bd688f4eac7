package org.sitrep.model;

import java.io.Serializable;
import java.util.List;

/**
 * A disagreement between accounts of one event, shown rather than averaged away.
 *
 * @param kind    count, date, place, denial or attribution
 * @param field   the field concerned ("fatalities", "date", "location", "status", "actor1")
 * @param summary one readable line: "fatalities: 7,500 according to Hezbollah media (TRT World) vs 1,580 (Xinhua)",
 *                "status: reported by state media (AFP) vs denied by a Jaish al-Islam spokesman (AFP)"
 * @param claims  each side of the disagreement
 */
public record Dispute(String kind, String field, String summary, List<Claim> claims) implements Serializable {
    public Dispute {
        claims = List.copyOf(claims);
    }

    /**
     * One side: a value and who reports it.
     *
     * @param value        the value as text ("at least 4", "2018-04-07", "Douma", "denied")
     * @param outlets      the outlets (or articles, when the outlet is unknown) that report it
     * @param attributedTo who says it, as those articles give them: the sources they cite, or the deniers' words;
 *                     an outlet already named in {@code outlets} is not repeated here
     */
    public record Claim(String value, List<String> outlets, List<String> attributedTo) implements Serializable {
        public Claim {
            outlets = List.copyOf(outlets);
            attributedTo = List.copyOf(attributedTo);
        }
    }
}
