package org.sitrep.evaluate;

import java.time.LocalDate;

/**
 * One coded event in ACLED's columns, as a user's file gives it. Text fields are never null (an empty
 * cell is ""); numbers that a cell does not hold are null.
 *
 * @param id           the row's identifier: {@code event_id_cnty}, else {@code data_id}, else "row-LINE"
 * @param line         the line of the file the row ends on (its only line unless the notes hold line breaks)
 * @param eventDate    the coded day (a row whose cell is no date is skipped by {@link AcledCsvReader})
 * @param dateCell     the {@code event_date} cell as written
 * @param inter1       ACLED's inter code of actor1 as written ("1" .. "8", "0" or "")
 * @param fatalities   coded fatalities; an empty cell is 0, as in ACLED's exports
 */
public record AcledRow(String id, int line, LocalDate eventDate, String dateCell, String eventType,
                       String subEventType, String actor1, String inter1, String actor2, String inter2,
                       String country, String admin1, String admin2, String admin3, String location,
                       Double latitude, Double longitude, String notes, int fatalities) {
}
