package org.chorus.corpus.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PhraseBankTest {
  private final PhraseBank bank = PhraseBank.load();

  @Test
  void everyTemplateOfEveryBankExpands() {
    Rng rng = new Rng(3);
    for (Lang lang : Lang.values()) {
      for (String section : bank.sectionNames(lang)) {
        if (section.equals("synonyms")) continue;
        for (String template : bank.section(lang, section)) {
          for (int i = 0; i < 5; i++) {
            Slots slots = new Slots(bank, lang, LocalDate.of(2019, 7, 21 + i), rng);
            String text = Template.expand(template, rng, slots);
            assertFalse(text.isBlank(), lang + " " + section + ": " + template);
            assertFalse(text.contains("{") || text.contains("["), lang + " " + section + ": " + text);
          }
        }
      }
    }
  }

  @Test
  void everyNarrativeHasClaimsInEnglishAndChinese() {
    for (Narrative n : Narrative.values()) {
      assertTrue(bank.has(Lang.EN, n.label + ".claim"), n.label);
      assertTrue(bank.has(Lang.ZH_HANT, n.label + ".claim") || bank.has(Lang.ZH_HANS, n.label + ".claim"),
          n.label);
    }
  }

  @Test
  void cantoneseFallsBackToTraditionalChineseSlots() {
    assertTrue(bank.has(Lang.YUE, "slot.place"));
    assertTrue(bank.section(Lang.YUE, "slot.place").contains("旺角"));
  }
}
