package org.chorus.corpus.generate;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Fills the {@code {name}} slots of a template for one post: numbers, the post's date, the
 * latest event, and any {@code slot.NAME} section of the language's bank.
 */
final class Slots implements Function<String, String> {
  private final PhraseBank bank;
  private final Lang lang;
  private final LocalDate day;
  private final Rng rng;

  Slots(PhraseBank bank, Lang lang, LocalDate day, Rng rng) {
    this.bank = bank;
    this.lang = lang;
    this.day = day;
    this.rng = rng;
  }

  /** One template of a section, expanded; empty when the bank has no such section. */
  String sentence(String section) {
    List<String> options = bank.section(lang, section);
    return options.isEmpty() ? "" : Template.expand(rng.pick(options), rng, this);
  }

  @Override
  public String apply(String name) {
    return switch (name) {
      case "dm" -> lang == Lang.EN
          ? day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
          : day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
      case "n" -> Integer.toString(rng.between(2, 60));
      case "pct" -> {
        int tenths = rng.between(3, 48);
        yield tenths / 10 + "." + tenths % 10;
      }
      case "k" -> Integer.toString(rng.between(12, 480));
      case "wan" -> Integer.toString(rng.between(2, 200));
      case "event" -> event();
      default -> {
        List<String> options = bank.section(lang, "slot." + name);
        if (options.isEmpty()) {
          throw new IllegalStateException("no slot." + name + " in the " + lang.bank + " bank");
        }
        yield Template.expand(rng.pick(options), rng, this);
      }
    };
  }

  private String event() {
    Event e = Timeline.recentEvent(day);
    String section = e != null && rng.chance(0.75) ? "event." + e.id() : "event.none";
    List<String> options = bank.section(lang, section);
    if (options.isEmpty()) options = bank.section(lang, "event.none");
    return Template.expand(rng.pick(options), rng, this);
  }
}
