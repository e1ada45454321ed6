package org.chorus.accounts;

import java.time.LocalDate;

/**
 * When an account was made and how crowded that day and week were: the number of accounts of the
 * dataset made the same day (week), and a z-score of that count against the dataset's own daily
 * (weekly) creation counts, every day from the first creation to the last included.
 *
 * @param source where the date comes from: "users file", or "id" for a Twitter snowflake id
 * @param week the Monday of the ISO week
 */
public record Creation(LocalDate day, String source, int sameDay, double dayZ, LocalDate week,
    int sameWeek, double weekZ) {}
