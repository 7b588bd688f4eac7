package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Account;
import org.sitrep.model.Actor;
import org.sitrep.model.Count;
import org.sitrep.model.CountRole;
import org.sitrep.model.DateBasis;
import org.sitrep.model.Dispute;
import org.sitrep.model.Place;
import org.sitrep.model.Status;

/** Finds where the accounts of one event disagree: counts, dates, places, denials and blame. */
final class Disputes {
    private Disputes() {
    }

    static List<Dispute> of(List<Account> accounts, Map<CountRole, Tally> tallies) {
        List<Dispute> out = new ArrayList<>();
        if (accounts.size() < 2 && accounts.stream().allMatch(a -> a.deniedBy().isEmpty())) {
            return out;
        }
        counts(tallies, out);
        dates(accounts, out);
        places(accounts, out);
        denials(accounts, out);
        blame(accounts, out);
        return out;
    }

    /** Only whole-event figures that are not superseded by an update can conflict; other scopes never do. */
    private static void counts(Map<CountRole, Tally> tallies, List<Dispute> out) {
        for (Tally t : tallies.values()) {
            if (Tallies.conflicting(t.contending())) {
                Map<String, List<Account>> byValue = new LinkedHashMap<>();
                for (ScopedCount f : t.contending()) {
                    byValue.computeIfAbsent(Tallies.describe(f.count()), k -> new ArrayList<>()).add(f.account());
                }
                out.add(dispute("count", t.key().code(), byValue));
            }
        }
    }

    private static void dates(List<Account> accounts, List<Dispute> out) {
        Map<String, List<Account>> byDay = new LinkedHashMap<>();
        for (Account a : accounts) {
            if (a.date().date() != null && a.date().dateEnd() == null && a.date().basis() == DateBasis.TEXT) {
                byDay.computeIfAbsent(a.date().date().toString(), k -> new ArrayList<>()).add(a);
            }
        }
        List<String> days = new ArrayList<>(byDay.keySet());
        boolean apart = days.size() > 1 && java.time.temporal.ChronoUnit.DAYS.between(
                java.time.LocalDate.parse(days.stream().min(String::compareTo).orElseThrow()),
                java.time.LocalDate.parse(days.stream().max(String::compareTo).orElseThrow())) > 1;
        if (apart) {
            out.add(dispute("date", "date", byDay));
        }
    }

    private static void places(List<Account> accounts, List<Dispute> out) {
        Map<String, List<Account>> byPlace = new LinkedHashMap<>();
        List<Place> towns = new ArrayList<>();
        for (Account a : accounts) {
            Place p = a.location();
            if (p != null && p.geoPrecision() == 1) {
                byPlace.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(a);
                towns.add(p);
            }
        }
        boolean differ = towns.stream().map(p -> p.geonameId() == null ? p.name() : String.valueOf(p.geonameId()))
                .distinct().count() > 1;
        if (differ && byPlace.size() > 1) {
            out.add(dispute("place", "location", byPlace));
        }
    }

    /** One account reports it; another says someone denies it. An article that gives both is on both sides. */
    private static void denials(List<Account> accounts, List<Dispute> out) {
        List<Side> sides = new ArrayList<>();
        Side reported = new Side("reported", " by ");
        Side denied = new Side("denied", " by ");
        for (Account a : accounts) {
            boolean denies = a.status() == Status.DENIED || a.status() == Status.DISPUTED || !a.deniedBy().isEmpty();
            if (!denies || (a.status() != Status.DENIED && !a.attributedTo().isEmpty())) {
                reported.add(a, a.attributedTo());
            }
            if (denies) {
                denied.add(a, a.deniedBy().stream().map(Actor::asWritten).toList());
            }
        }
        if (!denied.accounts.isEmpty()) {
            if (!reported.accounts.isEmpty()) {
                sides.add(reported);
            }
            sides.add(denied);
            out.add(dispute("denial", "status", sides));
        }
    }

    /** One account blames an actor that another account (or the same) says denies it. */
    private static void blame(List<Account> accounts, List<Dispute> out) {
        Set<String> deniers = new LinkedHashSet<>();
        accounts.forEach(a -> a.deniedBy().forEach(d -> deniers.add(d.name())));
        Map<String, Side> blamed = new LinkedHashMap<>();
        Side denied = new Side("denied", " by ");
        for (Account a : accounts) {
            // an account that only reports the denial ("X denied firing") names whom it clears, it blames no one
            if (a.status() != Status.DENIED && a.actor1() != null && deniers.contains(a.actor1().name())) {
                blamed.computeIfAbsent(a.actor1().name(), k -> new Side("blamed on " + k, " by ")).add(a, a.attributedTo());
            }
            if (!a.deniedBy().isEmpty()) {
                denied.add(a, a.deniedBy().stream().map(Actor::asWritten).toList());
            }
        }
        if (!blamed.isEmpty()) {
            List<Side> sides = new ArrayList<>(blamed.values());
            sides.add(denied);
            out.add(dispute("attribution", "actor1", sides));
        }
    }

    private static Dispute dispute(String kind, String field, Map<String, List<Account>> byValue) {
        List<Side> sides = new ArrayList<>();
        byValue.forEach((value, accs) -> {
            Side side = new Side(value, " according to ");
            accs.forEach(a -> side.add(a, a.attributedTo()));
            sides.add(side);
        });
        return dispute(kind, field, sides);
    }

    /**
     * Each side reads "VALUE[ by|according to SPEAKERS] (OUTLETS)", with one such group per set of speakers so
     * that a speaker is never put in the mouth of an outlet that does not cite them ("reported (A) and by the
     * army (B)"): the speakers as the articles give them, each label once, and a speaker that is the reporting
     * outlet itself left to the parenthesis.
     */
    private static Dispute dispute(String kind, String field, List<Side> sides) {
        List<Dispute.Claim> claims = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (Side side : sides) {
            List<String> outlets = side.accounts.stream().map(Account::label).distinct().toList();
            Set<String> allSpeakers = new LinkedHashSet<>();
            // per outlet, everyone its accounts on this side cite (not itself); outlets citing the same go together
            Map<List<String>, List<String>> groups = new LinkedHashMap<>();
            for (Account a : side.accounts) {
                Set<String> seen = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
                seen.add(a.label());
                List<String> speakers = side.accounts.stream().filter(x -> x.label().equals(a.label()))
                        .flatMap(x -> side.said.get(x).stream()).filter(seen::add).toList();
                allSpeakers.addAll(speakers);
                List<String> groupOutlets = groups.computeIfAbsent(speakers, k -> new ArrayList<>());
                if (!groupOutlets.contains(a.label())) {
                    groupOutlets.add(a.label());
                }
            }
            claims.add(new Dispute.Claim(side.value, outlets, List.copyOf(allSpeakers)));
            parts.add(side.value + " " + segments(side.connector.strip(), groups));
        }
        return new Dispute(kind, field, field + ": " + String.join(" vs ", parts), claims);
    }

    /**
     * "(A) and by the army (B, C) and by police (D)": outlets that name no speaker first (those that name one for
     * this side are not repeated there), then one segment per set of speakers, the same words once, at most
     * three, the rest as "and others (…)".
     */
    private static String segments(String connector, Map<List<String>, List<String>> groups) {
        Set<String> named = new LinkedHashSet<>();
        Map<String, List<String>> bySpeakers = new LinkedHashMap<>();
        groups.forEach((speakers, outlets) -> {
            if (!speakers.isEmpty()) {
                named.addAll(outlets);
                List<String> at = bySpeakers.computeIfAbsent(connector + " " + shortList(speakers), k -> new ArrayList<>());
                outlets.stream().filter(o -> !at.contains(o)).forEach(at::add);
            }
        });
        List<String> out = new ArrayList<>();
        List<String> silent = groups.getOrDefault(List.<String>of(), List.of()).stream().filter(o -> !named.contains(o)).toList();
        if (!silent.isEmpty()) {
            out.add("(" + String.join(", ", silent) + ")");
        }
        List<String> rest = new ArrayList<>();
        bySpeakers.forEach((words, outlets) -> {
            if (out.size() < 3 + (silent.isEmpty() ? 0 : 1)) {
                out.add(words + " (" + String.join(", ", outlets) + ")");
            } else {
                outlets.stream().filter(o -> !rest.contains(o)).forEach(rest::add);
            }
        });
        if (!rest.isEmpty()) {
            out.add("others (" + String.join(", ", rest) + ")");
        }
        return String.join(" and ", out);
    }

    /** The first few speakers for the one-line summary; the claim keeps them all. */
    private static String shortList(List<String> speakers) {
        int shown = 3;
        return speakers.size() <= shown + 1 ? String.join(", ", speakers)
                : String.join(", ", speakers.subList(0, shown)) + " and " + (speakers.size() - shown) + " others";
    }

    /** One side of a dispute as it is gathered: its value, the accounts giving it and who each says speaks. */
    private static final class Side {
        final String value;
        final String connector;
        final List<Account> accounts = new ArrayList<>();
        final Map<Account, Set<String>> said = new LinkedHashMap<>();

        Side(String value, String connector) {
            this.value = value;
            this.connector = connector;
        }

        void add(Account a, List<String> speakers) {
            if (!accounts.contains(a)) {
                accounts.add(a);
            }
            said.computeIfAbsent(a, k -> new LinkedHashSet<>()).addAll(speakers);
        }
    }
}
