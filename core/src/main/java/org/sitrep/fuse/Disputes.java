package org.sitrep.fuse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Account;
import org.sitrep.model.Count;
import org.sitrep.model.DateBasis;
import org.sitrep.model.Dispute;
import org.sitrep.model.Place;
import org.sitrep.model.Status;

/** Finds where the accounts of one event disagree: counts, dates, places, denials and blame. */
final class Disputes {
    private Disputes() {
    }

    static List<Dispute> of(List<Account> accounts, Map<String, Tally> tallies) {
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
    private static void counts(Map<String, Tally> tallies, List<Dispute> out) {
        for (Tally t : tallies.values()) {
            if (Tallies.conflicting(t.contending())) {
                Map<String, List<Account>> byValue = new LinkedHashMap<>();
                for (ScopedCount f : t.contending()) {
                    byValue.computeIfAbsent(Tallies.describe(f.count()), k -> new ArrayList<>()).add(f.account());
                }
                out.add(dispute("count", t.key(), byValue));
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

    /** One account reports it; another says someone denies it. */
    private static void denials(List<Account> accounts, List<Dispute> out) {
        Map<String, List<Account>> sides = new LinkedHashMap<>();
        Set<String> deniers = new LinkedHashSet<>();
        for (Account a : accounts) {
            boolean denies = a.status() == Status.DENIED || a.status() == Status.DISPUTED || !a.deniedBy().isEmpty();
            deniers.addAll(a.deniedBy());
            sides.computeIfAbsent(denies ? "denied" : "reported", k -> new ArrayList<>()).add(a);
        }
        if (sides.containsKey("denied")) {
            Map<String, List<Account>> labelled = new LinkedHashMap<>();
            sides.forEach((k, v) -> labelled.put(k.equals("denied") && !deniers.isEmpty()
                    ? "denied by " + String.join(", ", deniers) : k, v));
            out.add(dispute("denial", "status", labelled));
        }
    }

    /** One account blames an actor that another account (or the same) says denies it. */
    private static void blame(List<Account> accounts, List<Dispute> out) {
        Set<String> deniers = new LinkedHashSet<>();
        accounts.forEach(a -> deniers.addAll(a.deniedBy()));
        Map<String, List<Account>> sides = new LinkedHashMap<>();
        for (Account a : accounts) {
            if (a.actor1() != null && deniers.contains(a.actor1().name())) {
                sides.computeIfAbsent("blames " + a.actor1().name(), k -> new ArrayList<>()).add(a);
            }
            if (!a.deniedBy().isEmpty()) {
                sides.computeIfAbsent(String.join(", ", a.deniedBy()) + " denies", k -> new ArrayList<>()).add(a);
            }
        }
        if (sides.keySet().stream().anyMatch(k -> k.startsWith("blames "))) {
            out.add(dispute("attribution", "actor1", sides));
        }
    }


    private static Dispute dispute(String kind, String field, Map<String, List<Account>> sides) {
        List<Dispute.Claim> claims = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        sides.forEach((value, accs) -> {
            List<String> outlets = accs.stream().map(Account::label).distinct().toList();
            List<String> cited = accs.stream().flatMap(a -> a.attributedTo().stream()).distinct().toList();
            claims.add(new Dispute.Claim(value, outlets, cited));
            parts.add(value + " (" + String.join(", ", outlets)
                    + (cited.isEmpty() ? "" : ", citing " + String.join(", ", cited)) + ")");
        });
        return new Dispute(kind, field, field + ": " + String.join(" vs ", parts), claims);
    }
}
