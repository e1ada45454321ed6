package org.chorus.dupes;

import static org.chorus.dupes.TestIndexes.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.chorus.corpus.Post;
import org.chorus.fingerprint.Fingerprint;
import org.chorus.fingerprint.MinHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies wrapped in openers and commentary, or cut short: containment, its guard, evidence. */
class DisguisedCopiesTest {
  @TempDir Path dir;

  static final String MSG = "Police stormed the Yuen Long station and beat commuters while"
      + " journalists filmed every minute of the attack";
  static final String WRAPPED = "Must read: " + MSG + " Nobody in government will answer for"
      + " this outrage, everyone here knows exactly why it keeps happening";
  static final String HALF = "Police stormed the Yuen Long station and beat commuters...";

  private static final DuplicateFinder.Options CONTAINMENT = DuplicateFinder.Options.defaults()
      .withSimilarity(Similarity.CONTAINMENT, DuplicateFinder.DEFAULT_CONTAINMENT);

  private static Duration min(long m) {
    return Duration.ofMinutes(m);
  }

  private List<Cluster> run(List<Post> posts, DuplicateFinder.Options o) throws Exception {
    try (DirectoryReader r = TestIndexes.write(dir, posts)) {
      return new DuplicateFinder(r).find(o);
    }
  }

  private static Set<String> ids(Cluster c) {
    return c.members().stream().map(Cluster.Member::postId).collect(Collectors.toSet());
  }

  private static Cluster.Member member(Cluster c, String id) {
    return c.members().stream().filter(m -> m.postId().equals(id)).findFirst().orElseThrow();
  }

  private static List<Post> campaign() {
    return List.of(
        post("orig", "a", min(0), MSG + " https://t.co/1"),
        post("wrapped", "b", min(1), WRAPPED),
        post("half", "c", min(2), HALF),
        post("other", "d", min(3), "Lovely weather for a walk along the harbour this morning"));
  }

  @Test
  void containmentFindsCopiesWithOpenerCommentaryOrCutShortThatJaccardMisses() throws Exception {
    assertTrue(run(campaign(), DuplicateFinder.Options.defaults()).isEmpty(),
        "Jaccard: the opener and commentary push the copy under 0.6");
    List<Cluster> found = run(campaign(), CONTAINMENT);
    assertEquals(1, found.size());
    Cluster c = found.get(0);
    assertEquals(Set.of("orig", "wrapped", "half"), ids(c));
    assertEquals("orig", c.representativeId());
    Cluster.Member wrapped = member(c, "wrapped");
    assertEquals(1.0, wrapped.similarity(), 1e-9, "all of the message is in the wrapped copy");
    assertTrue(c.evidence().apply(wrapped).jaccard() < DuplicateFinder.DEFAULT_THRESHOLD,
        "Jaccard " + c.evidence().apply(wrapped).jaccard());
    assertEquals(1.0, member(c, "half").similarity(), 1e-9);
  }

  @Test
  void evidenceIsTheRunOfWordsSharedWithTheRepresentative() throws Exception {
    Cluster c = run(campaign(), CONTAINMENT).get(0);
    Cluster.Member wrapped = member(c, "wrapped");
    assertEquals(WRAPPED, wrapped.text());
    SharedSpan span = c.evidence().apply(wrapped);
    assertEquals(MSG, span.in(wrapped.text()));
    assertEquals(WRAPPED.indexOf("Police"), c.evidence().apply(wrapped).start());
    assertEquals(1.0, c.evidence().apply(wrapped).containment(), 1e-9);
    Cluster.Member half = member(c, "half");
    SharedSpan halfSpan = c.evidence().apply(half);
    assertEquals("Police stormed the Yuen Long station and beat commuters",
        halfSpan.in(half.text()));
    assertTrue(halfSpan.jaccard() < halfSpan.containment());
  }

  @Test
  void membersWithTheRepresentativesWordsCarryNoTextOfTheirOwn() throws Exception {
    List<Post> posts = List.of(
        post("1", "a", min(0), MSG + " https://t.co/1"),
        post("2", "b", min(1), "RT @x: " + MSG.toUpperCase() + "! https://t.co/2"),
        post("3", "c", min(2), MSG.replace("every minute of", "every second of")));
    Cluster c = run(posts, DuplicateFinder.Options.defaults()).get(0);
    assertEquals(Set.of("1", "2", "3"), ids(c));
    Cluster.Member same = member(c, "2");
    assertTrue(same.sameWords());
    assertNull(same.text());
    assertEquals(1.0, same.shared().containment());
    Cluster.Member edited = member(c, "3");
    assertFalse(edited.sameWords());
    SharedSpan span = c.evidence().apply(edited);
    assertEquals(MSG.substring(0, MSG.lastIndexOf(" minute of the attack")),
        span.in(edited.text()));
    assertTrue(span.jaccard() < 1.0);
  }

  @Test
  void aCommonPhraseDoesNotMergeUnrelatedPosts() throws Exception {
    String[] topics = {
        "Senate passes the new border security bill after a long night of debate",
        "Massive fire destroys warehouse near the river, firefighters still on scene",
        "Local school board votes to extend the teachers contract for three years",
        "Stock markets tumble as oil prices climb to their highest level this year",
        "Storm warning issued for the whole coast, residents told to stay indoors"};
    String[] opinions = {
        "Hillary lied about the emails and the media covered for her",
        "Our veterans sleep on the street while politicians take vacations",
        "Nobody voted for these endless wars overseas, bring our troops home",
        "Crooked judges keep blocking every promise we were made last fall",
        "Gas prices doubled and the president keeps blaming the weather"};
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < topics.length; i++) {
      posts.add(post("news" + i, "n" + i, min(i), "Breaking news: " + topics[i]));
      posts.add(post("tags" + i, "t" + i, min(10 + i),
          opinions[i] + " #MAGA #TrumpTrain #PJNET #tcot"));
    }
    // The phrase alone is wholly contained in every post that quotes it: containment 1.0,
    // but four shared words are under the guard's five.
    posts.add(post("chain", "x", min(30), "#MAGA #TrumpTrain #PJNET #tcot"));
    posts.add(post("bn", "y", min(31), "BREAKING NEWS just in"));
    // A chain of six is over the five shared words, but a small part of each post quoting it
    // (under a third of their words): the Jaccard floor keeps it apart. (Quoted in posts of
    // fewer words it would still pair: see docs/benchmarks.md, "Disguised copies".)
    String six = " #MAGA #TrumpTrain #PJNET #tcot #WakeUpAmerica #RedNationRising";
    posts.add(post("six", "z", min(32), six.strip()));
    String[] others = {
        "Watched the sunrise over the lake with my dog before work today, geese everywhere,"
            + " fog lifting slowly, coffee going cold, perfect quiet Monday morning",
        "Grandma turned ninety and the whole family drove up for cake, uncles singing badly,"
            + " cousins crying, photos everywhere, best birthday party ever",
        "Our team lost again in overtime, the coach has to go now, terrible defence, missed"
            + " penalties, angry fans booing loudly, season basically over",
        "New recipe tonight: spicy noodles with garlic, ginger and fresh basil, crunchy peanuts,"
            + " lime juice, chili oil, sesame seeds, delicious",
        "Finally finished painting the kitchen, three coats of pale yellow, brushes ruined,"
            + " ladder broken, neighbours complaining, walls look amazing though"};
    for (int i = 0; i < others.length; i++) {
      posts.add(post("six" + i, "s" + i, min(40 + i), others[i] + six));
    }
    assertTrue(run(posts, CONTAINMENT).isEmpty(), "no cluster from a shared phrase");
  }

  @Test
  void functionWordsAndParticlesDoNotCountAsShared() {
    // Eight of the shorter post's eleven words are in the other, but only "want" carries
    // anything: of "want", "see", "comrades", one is shared.
    int[] a = Fingerprint.of("this is what they do not want you to see, comrades").shingles();
    int[] b = Fingerprint.of("this is what they do not want you to know about taxes").shingles();
    assertEquals(1.0 / 3, SharedSpan.containment(a, b), 1e-9);
    int[] zh1 = Fingerprint.of("我们支持香港警察严正执法").shingles();
    int[] zh2 = Fingerprint.of("我们支持香港警察严正执法啊！").shingles();
    assertEquals(1.0, SharedSpan.containment(zh1, zh2), 1e-9, "an added particle changes nothing");
  }

  @Test
  void traditionalCharactersAreTheSameWords() {
    assertEquals(1.0, MinHash.jaccard(Fingerprint.of("外国势力在香港制造混乱").shingles(),
        Fingerprint.of("外國勢力在香港製造混亂").shingles()), 1e-9);
    SharedSpan span = SharedSpan.of("外国势力在香港制造混乱", "转发：外國勢力在香港製造混亂，大家看看");
    assertEquals("外國勢力在香港製造混亂", span.in("转发：外國勢力在香港製造混亂，大家看看"),
        "the evidence shows the whole run copied in traditional characters");
  }

  @Test
  void pairsNeedFiveSharedWordsWhateverTheContainment() {
    int[] four = Fingerprint.of("tigers roar loudly tonight").shingles();
    int[] more = Fingerprint.of("tigers roar loudly tonight in the zoo beside the river").shingles();
    assertEquals(1.0, SharedSpan.containment(four, more), 1e-9);
    assertEquals(0.0, ContainmentPairs.containment(four, more, 0.7));
    int[] five = Fingerprint.of("tigers roar loudly tonight again").shingles();
    int[] six = Fingerprint.of("tigers roar loudly tonight again in the zoo").shingles();
    assertEquals(1.0, ContainmentPairs.containment(five, six, 0.7), 1e-9);
    int[] long_ = Fingerprint.of("tigers roar loudly tonight again as keepers feed hungry lions"
        + " while visitors watch crocodiles sleep near muddy ponds").shingles();
    assertEquals(1.0, SharedSpan.containment(five, long_), 1e-9);
    assertEquals(0.0, ContainmentPairs.containment(five, long_, 0.7),
        "five of seventeen words: under the Jaccard floor");
  }

  @Test
  void similarMeasuresContainmentWhenAsked() throws Exception {
    try (DirectoryReader r = TestIndexes.write(dir, campaign())) {
      SimilarFinder jaccard = new SimilarFinder(new IndexSearcher(r));
      SimilarFinder containment = jaccard.measuring(Similarity.CONTAINMENT);
      Set<String> byJaccard = jaccard.similarTo(MSG, 0.6, 10).stream()
          .map(SimilarFinder.Hit::postId).collect(Collectors.toSet());
      Set<String> byContainment = containment.similarTo(MSG, 0.7, 10).stream()
          .map(SimilarFinder.Hit::postId).collect(Collectors.toSet());
      assertEquals(Set.of("orig"), byJaccard);
      assertEquals(Set.of("orig", "wrapped", "half"), byContainment);
    }
  }
}
