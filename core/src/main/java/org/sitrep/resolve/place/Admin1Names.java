package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gazetteer's names of admin1 regions by code and codes by name, read from {@code gazetteer/admin1.tsv} alone (a
 * few thousand rows) for code that compares regions without loading the whole gazetteer: a report's region filter
 * and the store's queries, which must find a region both by the gazetteer's name and by the spelling a report used.
 */
public final class Admin1Names {
    private static final class Table {
        static final Map<String, String> NAME_BY_CODE;
        static final Map<String, List<String>> CODES_BY_NAME;

        static {
            Map<String, String> names = new HashMap<>();
            Map<String, List<String>> codes = new HashMap<>();
            for (String[] c : GazetteerFiles.readTsv("admin1.tsv", 2)) {
                names.put(c[0], c[1]);
                codes.computeIfAbsent(Names.fold(c[1]), k -> new ArrayList<>()).add(c[0]);
            }
            NAME_BY_CODE = Map.copyOf(names);
            Map<String, List<String>> frozen = new HashMap<>();
            codes.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            CODES_BY_NAME = Map.copyOf(frozen);
        }
    }

    private Admin1Names() {
    }

    /** The gazetteer's name of the region with this code ("CD.11" North Kivu), if there is one. */
    public static Optional<String> name(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(Table.NAME_BY_CODE.get(code));
    }

    /** The codes of the regions the gazetteer names so, ignoring case and accents (one name may serve two countries). */
    public static List<String> codes(String name) {
        return name == null ? List.of() : Table.CODES_BY_NAME.getOrDefault(Names.fold(name), List.of());
    }
}
