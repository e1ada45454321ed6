package org.chorus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.chorus.corpus.InvalidInputException;
import org.chorus.corpus.Post;
import org.chorus.corpus.RejectHandler;
import org.chorus.corpus.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostIndexerTest {
  @TempDir Path tmp;

  private IndexSummary index(Path dir, RejectHandler rejects, Path... inputs) throws IOException {
    return PostIndexer.create(dir, JsonlReader::new, rejects,
            PostIndexer.Options.defaults().withThreads(2).withCommitEvery(300, Duration.ofMinutes(1)))
        .run(List.of(inputs));
  }

  @Test
  void indexesEveryPostAndReadsThemBack() throws IOException {
    Path input = TestPosts.writeJsonl(tmp.resolve("in.jsonl"), TestPosts.posts(1000));
    IndexSummary s = index(tmp.resolve("idx"), r -> {}, input);
    assertEquals(1000, s.read());
    assertEquals(1000, s.indexed());
    assertEquals(0, s.updated());
    assertEquals(1000, s.postsInIndex());
    try (PostIndex index = PostIndex.open(tmp.resolve("idx"))) {
      assertEquals(1000, index.size());
      List<Post> back = new ArrayList<>();
      index.forEach(p -> back.add(p.post()));
      assertEquals(new HashSet<>(TestPosts.posts(1000)), new HashSet<>(back));
      List<String> ids = new ArrayList<>();
      index.forEach(new TermQuery(new Term(Schema.LANG, "zh")), p -> ids.add(p.post().id()));
      assertEquals(200, ids.size());
      assertTrue(ids.stream().allMatch(id -> Integer.parseInt(id.substring(1)) % 5 == 2));
    }
  }

  @Test
  void idsAreKeptWholeSoPostsSharingALongPrefixStayApartOnARerun() throws IOException {
    String start = "x".repeat(1000);
    List<Post> posts = new ArrayList<>();
    for (String tail : List.of("a", "b", "c", "d")) {
      Post p = TestPosts.post(posts.size());
      posts.add(Post.builder(start + tail, p.account(), p.time(), p.text()).build());
    }
    Path input = TestPosts.writeJsonl(tmp.resolve("long-ids.jsonl"), posts);
    Path dir = tmp.resolve("idx");
    assertEquals(4, index(dir, r -> {}, input).postsInIndex());
    IndexSummary again = index(dir, r -> {}, input);
    assertEquals(4, again.postsInIndex(), "a rerun replaces each post, drops none");
    assertEquals(4, again.updated());
    try (PostIndex index = PostIndex.open(dir)) {
      Set<String> ids = new HashSet<>();
      index.forEach(p -> ids.add(p.post().id()));
      assertEquals(Set.of(start + "a", start + "b", start + "c", start + "d"), ids);
    }
  }

  @Test
  void reindexingTheSameIdsReplacesThem() throws IOException {
    Path input = TestPosts.writeJsonl(tmp.resolve("in.jsonl"), TestPosts.posts(700));
    Path dir = tmp.resolve("idx");
    index(dir, r -> {}, input);
    // The second file overlaps the first on p500..p699 with changed text.
    List<Post> more = new ArrayList<>();
    for (int i = 500; i < 900; i++) {
      Post p = TestPosts.post(i);
      more.add(p.toBuilder().build().equals(p) ? new Post(p.id(), p.account(), p.time(), p.lang(),
          "edited " + p.text(), p.hashtags(), p.urls(), p.mentions(), p.retweet(), p.retweetOf(),
          p.replyTo(), p.quoteOf(), p.labels()) : p);
    }
    Path second = TestPosts.writeJsonl(tmp.resolve("more.jsonl"), more);
    IndexSummary s = index(dir, r -> {}, second);
    assertEquals(400, s.indexed());
    assertEquals(200, s.updated());
    assertEquals(900, s.postsInIndex());
    // And the very same file again: nothing new, everything replaced.
    IndexSummary again = index(dir, r -> {}, second);
    assertEquals(400, again.updated());
    try (PostIndex index = PostIndex.open(dir)) {
      assertEquals(900, index.size());
      Set<String> ids = new HashSet<>();
      index.forEach(p -> assertTrue(ids.add(p.post().id()), "duplicate " + p.post().id()));
      assertEquals(1, index.searcher().count(new TermQuery(new Term(Schema.ID, "p600"))));
      index.forEach(new TermQuery(new Term(Schema.ID, "p600")),
          p -> assertTrue(p.post().text().startsWith("edited ")));
    }
  }

  @Test
  void anIdRepeatedWithinOneRunIntoAnEmptyIndexKeepsOnlyTheLastCopy() throws IOException {
    List<Post> posts = new ArrayList<>(TestPosts.posts(3000));
    for (int i = 2990; i >= 10; i -= 70) {
      Post p = TestPosts.post(i);
      posts.add(Post.builder(p.id(), p.account(), p.time(), "second copy " + i).lang("en").build());
    }
    Path input = TestPosts.writeJsonl(tmp.resolve("in.jsonl"), posts);
    IndexSummary s = index(tmp.resolve("idx"), r -> {}, input);
    assertEquals(3000, s.postsInIndex());
    assertEquals(posts.size() - 3000, s.updated());
    try (PostIndex index = PostIndex.open(tmp.resolve("idx"))) {
      assertEquals(3000, index.size());
      Set<String> ids = new HashSet<>();
      index.forEach(p -> {
        assertTrue(ids.add(p.post().id()), "duplicate " + p.post().id());
        int n = Integer.parseInt(p.post().id().substring(1));
        assertEquals(n % 70 == 50 && n >= 10, p.post().text().startsWith("second copy"), p.post().id());
      });
    }
  }

  @Test
  void seenIdsNeverForgetsAnId() {
    SeenIds seen = new SeenIds();
    int falsePositives = 0;
    for (int i = 0; i < 200_000; i++) if (seen.addAndCheck("id" + i)) falsePositives++;
    for (int i = 0; i < 200_000; i++) assertTrue(seen.addAndCheck("id" + i));
    assertTrue(falsePositives < 10, falsePositives + " false positives");
  }

  @Test
  void rejectedRowsAreCountedAndReported() throws IOException {
    Path input = TestPosts.writeJsonl(tmp.resolve("in.jsonl"), TestPosts.posts(10));
    Files.writeString(input, "{\"id\":\"x\",\"account\":\"a\",\"time\":\"yesterday\",\"text\":\"t\"}\nnot json\n",
        java.nio.file.StandardOpenOption.APPEND);
    List<Rejection> rejected = new ArrayList<>();
    IndexSummary s = index(tmp.resolve("idx"), rejected::add, input);
    assertEquals(12, s.read());
    assertEquals(10, s.indexed());
    assertEquals(2, s.rejected());
    assertEquals(s.read(), s.indexed() + s.rejected());
    assertEquals(11, rejected.get(0).line());
    assertEquals("time", rejected.get(0).field());
    assertEquals(12, rejected.get(1).line());
  }

  @Test
  void aPostLuceneRefusesIsRejectedNotLost() throws IOException {
    Path input = TestPosts.writeJsonl(tmp.resolve("in.jsonl"), TestPosts.posts(20));
    List<Rejection> rejected = new ArrayList<>();
    IndexSummary s = PostIndexer.create(tmp.resolve("idx"), JsonlReader::new, rejected::add,
            PostIndexer.Options.defaults().withThreads(2))
        .documents(() -> {
          var build = new PostDocumentBuilder();
          return post -> {
            if (post.id().equals("p7")) throw new IllegalArgumentException("immense term in field");
            return build.build(post);
          };
        })
        .run(List.of(input));
    assertEquals(20, s.read());
    assertEquals(19, s.indexed());
    assertEquals(1, s.rejected());
    assertEquals(8, rejected.get(0).line());
    assertTrue(rejected.get(0).reason().contains("immense term"));
    assertEquals(19, s.postsInIndex());
  }

  @Test
  void failFastStopsAtTheFirstBadRowKeepingWhatWasIndexed() throws IOException {
    Path input = TestPosts.writeJsonl(tmp.resolve("in.jsonl"), TestPosts.posts(10));
    Files.writeString(input, "not json\n", java.nio.file.StandardOpenOption.APPEND);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> index(tmp.resolve("idx"), RejectHandler.failFast(), input));
    assertEquals(11, e.rejection().line());
    try (PostIndex index = PostIndex.open(tmp.resolve("idx"))) {
      assertEquals(10, index.size());
    }
  }

  @Test
  void narrativesAreWrittenBackAndKeptOnRead() throws IOException {
    Path input = TestPosts.writeJsonl(tmp.resolve("in.jsonl"), TestPosts.posts(20));
    Path dir = tmp.resolve("idx");
    index(dir, r -> {}, input);
    List<IndexedPost> all = new ArrayList<>();
    try (PostIndex index = PostIndex.open(dir)) {
      index.forEach(all::add);
    }
    try (NarrativeWriter w = NarrativeWriter.open(dir)) {
      for (IndexedPost p : all) {
        if (p.post().lang().equals("zh")) w.set(p, List.of("protesters_violent"));
      }
    }
    try (PostIndex index = PostIndex.open(dir)) {
      assertEquals(20, index.size());
      assertEquals(4, index.searcher().count(new TermQuery(new Term(Schema.NARRATIVE, "protesters_violent"))));
      index.forEach(new TermQuery(new Term(Schema.NARRATIVE, "protesters_violent")), p -> {
        assertEquals("zh", p.post().lang());
        assertEquals(List.of("protesters_violent"), p.narratives());
        assertEquals(p.post(), TestPosts.post(Integer.parseInt(p.post().id().substring(1))));
      });
    }
  }

  @Test
  void openingAFolderWithoutAnIndexSaysSo() {
    IndexMissingException e = assertThrows(IndexMissingException.class, () -> PostIndex.open(tmp));
    assertTrue(e.getMessage().contains("no index at"));
  }

  @Test
  void refusesAnIndexWrittenWithAnotherSchemaAndLeavesItAsItWas() throws IOException {
    Path dir = tmp.resolve("old");
    try (var w = new org.apache.lucene.index.IndexWriter(
        org.apache.lucene.store.FSDirectory.open(dir),
        new org.apache.lucene.index.IndexWriterConfig())) {
      // what an older layout left: band keys as indexed terms, no schema in the commit
      org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
      doc.add(new org.apache.lucene.document.StringField("dupes_band", "k",
          org.apache.lucene.document.Field.Store.NO));
      w.addDocument(doc);
    }
    Path input = TestPosts.writeJsonl(tmp.resolve("in.jsonl"), TestPosts.posts(10));
    List<Rejection> rejected = new ArrayList<>();

    IncompatibleIndexException e =
        assertThrows(IncompatibleIndexException.class, () -> index(dir, rejected::add, input));

    assertTrue(e.getMessage().contains("older Chorus"), e.getMessage());
    assertTrue(e.getMessage().contains("index into a new folder"), e.getMessage());
    assertTrue(rejected.isEmpty());
    try (var r = org.apache.lucene.index.DirectoryReader.open(
        org.apache.lucene.store.FSDirectory.open(dir))) {
      assertEquals(1, r.numDocs());
    }
  }

  @Test
  void anIndexOfThisSchemaTakesMorePosts() throws IOException {
    Path dir = tmp.resolve("idx");
    index(dir, r -> {}, TestPosts.writeJsonl(tmp.resolve("a.jsonl"), TestPosts.posts(10)));
    IndexSummary s = index(dir, r -> {}, TestPosts.writeJsonl(tmp.resolve("b.jsonl"), TestPosts.posts(20)));
    assertEquals(20, s.postsInIndex());
  }
}
