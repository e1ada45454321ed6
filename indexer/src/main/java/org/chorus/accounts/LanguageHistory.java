package org.chorus.accounts;

import java.time.YearMonth;
import java.util.List;

/**
 * The language an account mostly posted in, month by month: consecutive months with the same
 * dominant language form one period; {@code switches} is the number of changes between periods.
 * Months with fewer than {@link Fingerprints#MIN_POSTS_PER_MONTH} posts in a known language are
 * left out (too few to say which dominates).
 */
public record LanguageHistory(List<Period> periods, int switches) {
  public LanguageHistory {
    periods = List.copyOf(periods);
  }

  /** The dominant languages in the order they first dominated. */
  public List<String> languages() {
    return periods.stream().map(Period::lang).distinct().toList();
  }

  /** Compact form for a table: "ru 2014-07..2015-03 > en 2015-04..2016-01". */
  public String describe() {
    StringBuilder b = new StringBuilder();
    for (Period p : periods) {
      if (b.length() > 0) b.append(" > ");
      b.append(p.lang()).append(' ').append(p.from());
      if (!p.to().equals(p.from())) b.append("..").append(p.to());
    }
    return b.toString();
  }

  /** Months {@code from..to} (inclusive) in which {@code lang} dominated, with their posts. */
  public record Period(String lang, YearMonth from, YearMonth to, long posts) {}
}
