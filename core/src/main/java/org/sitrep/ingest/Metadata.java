package org.sitrep.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates and outlet names from the strings that feeds and web pages carry. */
final class Metadata {
    private static final Pattern DATE_THEN_TIME =
            Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{1,2}:\\d{2}.*)?");
    private static final Pattern URL_HOST =
            Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://(?:[^/?#@]*@)?(\\[[^]]*]|[^/?#:]+)");

    private Metadata() {
    }

    /**
     * Parses an ISO date ({@code 2018-03-22}), an ISO date-time with or without offset or zone
     * ({@code 2018-03-22T10:15:00+03:00}, {@code 2018-03-22 10:15}), or an RFC 1123 date
     * ({@code Thu, 22 Mar 2018 10:15:00 GMT}). A date-time gives the calendar date written in it,
     * that is the publisher's local date. Returns null when the string is not a date.
     */
    static LocalDate parseDate(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.isEmpty()) {
            return null;
        }
        Matcher m = DATE_THEN_TIME.matcher(t);
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The URL's host in lower case without a leading {@code www.}, or null. */
    static String hostOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String host = null;
        try {
            host = new URI(url.strip()).getHost();
        } catch (URISyntaxException e) {
            // fall through to the lenient pattern: URLs in feeds often carry spaces or raw non-ASCII
        }
        if (host == null) {
            Matcher m = URL_HOST.matcher(url.strip());
            if (m.find()) {
                host = m.group(1);
            }
        }
        if (host == null || host.isBlank()) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** Trimmed string, or null when null or blank. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
