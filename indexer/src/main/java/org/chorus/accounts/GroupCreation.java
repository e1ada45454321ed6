package org.chorus.accounts;

import java.time.LocalDate;

/**
 * The creation-date burst of a group of accounts: the day (week) on which most of its accounts
 * were made, how many, and a binomial z-score of that count against the share of the dataset's
 * accounts made that day (week): {@code (count - known * p) / sqrt(known * p * (1 - p))}.
 *
 * @param known the group's accounts with a known creation date
 * @param expected {@code known * p}: how many the dataset's own creation dates predict
 */
public record GroupCreation(int known, LocalDate day, int count, double expected, double z,
    LocalDate week, int weekCount, double weekExpected, double weekZ) {}
