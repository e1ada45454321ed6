package org.chorus.corpus.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chorus.corpus.text.Scripts;

/**
 * Writes the text of one post from the phrase banks: a claim, sometimes an opener, a second
 * sentence, a closer, a sentence from a second narrative (then the post carries both labels),
 * emoji, hashtags, a link, typing noise. Short replies, filler and deliberately ambiguous posts
 * come from here too. A small share of labels is swapped to a neighbouring narrative: real
 * annotation is never clean, and a corpus a classifier scores 1.0 on teaches nothing.
 */
final class PostComposer {
  static final double LABEL_NOISE = 0.05;
  private final PhraseBank bank;

  PostComposer(PhraseBank bank) {
    this.bank = bank;
  }

  Draft organic(Member author, LocalDate day, Rng rng, HeadlineDesk headlines) {
    Persona persona = author.persona();
    if (persona.isBot() && rng.chance(0.5)) return filler(persona, day, rng);
    Narrative narrative = persona.pickNarrative(rng);
    Lang lang = persona.pickLang(rng, narrative, bank);
    Slots slots = new Slots(bank, lang, day, rng);
    List<String> labels = new ArrayList<>(2);
    labels.add(narrative.label);

    if (narrative == Narrative.NEUTRAL_NEWS && rng.chance(persona == Persona.NEWS ? 0.3 : 0.15)) {
      String headline = headlines.recent(lang, rng);
      if (headline != null) {
        String prefix = rng.chance(0.3) ? (lang == Lang.EN ? "BREAKING: " : "突發：") : "";
        return new Draft(prefix + headline + " " + Links.tco(rng), lang, labels);
      }
    }

    String body;
    double shape = rng.nextDouble();
    if (shape < 0.12) {
      body = slots.sentence("ambiguous");
    } else if (shape < 0.38) {
      body = slots.sentence(narrative.label + ".claim");
    } else {
      List<String> parts = new ArrayList<>(4);
      if (rng.chance(0.15)) parts.add(slots.sentence("open"));
      parts.add(slots.sentence(narrative.label + ".claim"));
      String border = narrative.label + ".border";
      if (rng.chance(0.2) && bank.has(lang, border)) parts.add(slots.sentence(border));
      else if (rng.chance(0.35)) parts.add(slots.sentence(narrative.label + ".more"));
      if (rng.chance(0.3)) parts.add(slots.sentence(narrative.label + ".close"));
      body = join(parts, lang);
    }
    if (narrative == Narrative.NEUTRAL_NEWS && persona == Persona.NEWS && shape >= 0.12) {
      headlines.add(body, lang);
    }
    if (rng.chance(0.14)) {
      Narrative second = persona.pickNarrative(rng);
      String extra = !narrative.mixesWith(second) ? "" : slots.sentence(second.label
          + (bank.has(lang, second.label + ".more") && rng.chance(0.6) ? ".more" : ".claim"));
      if (!extra.isEmpty()) {
        body = join(List.of(body, extra), lang);
        labels.add(second.label);
      }
    }
    StringBuilder text = new StringBuilder(TextNoise.apply(body, lang, rng));
    if (rng.chance(0.2)) appendEmoji(text, narrative, lang, rng);
    appendTags(text, narrative, lang, rng, tagCount(rng));
    boolean announcesLink = body.endsWith(":") || body.endsWith("：");
    if (announcesLink
        || rng.chance(persona == Persona.NEWS ? 0.75 : narrative == Narrative.NEUTRAL_NEWS ? 0.3 : 0.12)) {
      text.append(' ').append(Links.tco(rng));
    }
    if (rng.chance(LABEL_NOISE)) labels.set(0, narrative.neighbour().label);
    if (labels.size() == 2 && labels.get(0).equals(labels.get(1))) labels.remove(1);
    return new Draft(text.toString(), lang, labels);
  }

  /** Off-topic posts that campaign accounts use to look like people; they carry no label. */
  Draft filler(Persona persona, LocalDate day, Rng rng) {
    Lang lang = Lang.values()[rng.weighted(persona.langs)];
    String text = new Slots(bank, lang, day, rng).sentence("filler");
    return new Draft(text, lang, List.of());
  }

  /** The words of a short reply (without the leading @mention). */
  Draft reply(Member author, LocalDate day, Rng rng) {
    Narrative narrative = author.persona().pickNarrative(rng);
    Lang lang = author.persona().pickLang(rng, narrative, bank);
    Slots slots = new Slots(bank, lang, day, rng);
    String section = narrative.label + ".reply";
    String text = rng.chance(0.7) && bank.has(lang, section)
        ? slots.sentence(section) : slots.sentence("reply.any");
    if (rng.chance(0.15)) {
      StringBuilder b = new StringBuilder(text);
      appendEmoji(b, narrative, lang, rng);
      text = b.toString();
    }
    List<String> labels = new ArrayList<>(List.of(narrative.label));
    if (rng.chance(LABEL_NOISE)) labels.set(0, narrative.neighbour().label);
    return new Draft(text, lang, labels);
  }

  /** The prepared text a campaign's accounts paste: clean, tagged, often with a link. */
  Draft campaignSeed(Narrative narrative, Lang lang, LocalDate day, Rng rng, String mention) {
    Slots slots = new Slots(bank, lang, day, rng);
    List<String> parts = new ArrayList<>(3);
    parts.add(slots.sentence(narrative.label + ".claim"));
    if (rng.chance(0.6)) {
      String extra = slots.sentence(narrative.label + (rng.chance(0.5) ? ".more" : ".close"));
      if (!extra.isEmpty()) parts.add(extra);
    }
    StringBuilder text = new StringBuilder();
    if (mention != null) text.append('@').append(mention).append(' ');
    text.append(join(parts, lang));
    if (rng.chance(0.3)) appendEmoji(text, narrative, lang, rng);
    appendTags(text, narrative, lang, rng, rng.between(1, 3));
    if (rng.chance(0.5)) text.append(' ').append(Links.tco(rng));
    return new Draft(text.toString(), lang, List.of(narrative.label));
  }

  List<String> tags(Narrative narrative, Lang lang) {
    return bank.section(lang, narrative.label + ".tags");
  }

  List<String> emoji(Narrative narrative) {
    return bank.section(Lang.EN, "emoji." + narrative.label);
  }

  List<String> synonyms(Lang lang) {
    return bank.section(lang, "synonyms");
  }

  private static int tagCount(Rng rng) {
    return rng.weighted(new double[] {0.4, 0.33, 0.18, 0.09});
  }

  private void appendTags(StringBuilder text, Narrative narrative, Lang lang, Rng rng, int count) {
    List<String> own = tags(narrative, lang);
    List<String> used = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      // people borrow the big shared tags whatever their stance
      List<String> pool = own.isEmpty() || rng.chance(0.2)
          ? tags(Narrative.values()[rng.nextInt(Narrative.values().length)], lang) : own;
      if (pool.isEmpty()) continue;
      String tag = rng.pick(pool);
      if (used.contains(tag)) continue;
      used.add(tag);
      text.append(" #").append(tag);
    }
  }

  private void appendEmoji(StringBuilder text, Narrative narrative, Lang lang, Rng rng) {
    List<String> pool = rng.chance(0.7) ? emoji(narrative) : bank.section(lang, "emoji.any");
    String e = rng.pick(pool);
    text.append(lang == Lang.EN ? " " : "").append(rng.chance(0.3) ? e + e : e);
  }

  /** Sentences joined as each script writes them. */
  static String join(List<String> parts, Lang lang) {
    StringBuilder b = new StringBuilder();
    for (String p : parts) {
      // two templates can end on the same stock phrase; nobody writes it twice
      if (p.isEmpty() || b.indexOf(p) >= 0) continue;
      if (b.length() > 0) {
        char last = b.charAt(b.length() - 1);
        if (lang == Lang.EN) {
          if (Character.isLetterOrDigit(last)) b.append('.');
          b.append(' ');
        } else if (Character.isLetterOrDigit(last) && !Scripts.isHan(last)) {
          b.append(' ');
        } else if (Scripts.isHan(last)) {
          b.append('。');
        }
      }
      b.append(p);
    }
    return b.toString();
  }

}
