package org.chorus.corpus.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinksTest {
  @Test
  void findsLinksWithoutTrailingPunctuationOrWordPrefixes() {
    assertEquals(List.of("https://t.co/AbC", "http://x.org/a"),
        Links.in("see https://t.co/AbC, and (http://x.org/a)."));
    assertEquals(List.of(), Links.in("no links, httpx://not, xhttp://no, https:// alone"));
  }

  @Test
  void schemeIsCaseSensitiveAndAnywhere() {
    assertTrue(Links.hasScheme("see https://t.co", 4));
    assertTrue(Links.hasScheme("http://a", 0));
    assertFalse(Links.hasScheme("HTTP://a", 0));
    assertFalse(Links.hasScheme("http:/", 0));
  }

  @Test
  void aWordIsALinkWithASchemeOrWww() {
    assertTrue(Links.isLink("www.example.org"));
    assertTrue(Links.isLink("https://t.co/x"));
    assertFalse(Links.isLink("t.co/x"));
    assertFalse(Links.isLink("wwwhat"));
  }

  @Test
  void ignoringCaseAlsoTakesBareShortLinks() {
    for (String w : List.of("HTTPS://T.CO/x", "Www.a.b", "t.co/abc", "pic.twitter.com/x")) {
      char[] s = ("  " + w + " ").toCharArray();
      assertTrue(Links.isLinkIgnoreCase(s, 2, 2 + w.length()), w);
    }
    char[] s = "pic.twitter".toCharArray();
    assertFalse(Links.isLinkIgnoreCase(s, 0, s.length));
    assertFalse(Links.isLinkIgnoreCase("police".toCharArray(), 0, 6));
  }

  @Test
  void replacesLooselyEveryRunFromHttp() {
    assertEquals("a ↗ b ↗", Links.replaceLoosely("a https://t.co/x b httpd", '↗'));
    assertEquals("no links", Links.replaceLoosely("no links", '↗'));
  }
}
