package org.chorus.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.chorus.corpus.AtomicFile;
import org.chorus.corpus.Post;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.dupes.RetweetMode;
import org.chorus.index.IndexedPost;
import org.chorus.index.PostIndex;
import org.chorus.narratives.ThemeFinder;
import org.chorus.narratives.ThemeModel;

/**
 * {@link Narratives#themes}, in three steps that each stream over the selected posts:
 *
 * <ol>
 *   <li>near-duplicate groups ({@link DuplicateFinder}, retweets included, no time window):
 *       a campaign's copies become one text, so a campaign counts once in clustering;
 *   <li>an evenly spread sample of at most {@code maxPosts} distinct texts is clustered
 *       ({@link ThemeFinder});
 *   <li>every selected post is put in a theme (a copy in its group's theme), tallied, and
 *       written to the assignments file.
 * </ol>
 *
 * Memory: the duplicate finder's columns (about 30 bytes a post), one int a document, the
 * sample and a batch of posts; never every post.
 */
final class Theming {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int BATCH = 8192;
  private static final int COPIES_SHOWN = 5;

  private Theming() {}

  /** Reports one unit of progress per post read, twice over (sample, then assignment). */
  static ThemesResult run(ThemesRequest request, Progress progress) throws IOException {
    try (PostIndex index = PostIndex.open(request.index())) {
      Query q = request.filter().toQuery();
      int matching = index.searcher().count(q);
      if (matching == 0) {
        if (request.assignments() != null) AtomicFile.write(request.assignments(), out -> {});
        return new ThemesResult(0, 0, 0, 0, 0, List.of());
      }
      Groups groups = request.collapseCopies() ? Groups.of(index, q)
          : new Groups(new int[0], new int[0], new int[0]);

      // The sample: every stride-th distinct text (a post outside any group, or a group's first).
      long units = matching - groups.members() + groups.count();
      long stride = Math.max(1, (units + request.maxPosts() - 1) / request.maxPosts());
      List<Post> sample = new ArrayList<>();
      Map<Integer, Integer> sampledGroup = new HashMap<>();
      long[] seen = {0};
      index.forEach(q, ip -> {
        int g = groups.of(ip.docId());
        if (g < 0 || groups.representative[g] == ip.docId()) {
          if (seen[0]++ % stride == 0) {
            if (g >= 0) sampledGroup.put(sample.size(), g);
            sample.add(ip.post());
          }
        }
        progress.advance(1);
      });
      ThemeModel model = new ThemeFinder(request.k(), request.terms(), request.examples(),
          request.seed()).fit(sample.stream().map(Post::text).toList(), sample.stream().map(Post::lang).toList());

      int themes = model.themes();
      int[] groupTheme = new int[groups.count()];
      Arrays.fill(groupTheme, Integer.MIN_VALUE);
      Map<String, Integer> sampledTheme = new HashMap<>();
      int[] texts = new int[themes];
      for (int i = 0; i < sample.size(); i++) {
        int t = model.fitted(i);
        sampledTheme.put(sample.get(i).id(), t);
        Integer g = sampledGroup.get(i);
        if (g != null) groupTheme[g] = t;
        if (t >= 0) texts[t]++;
      }
      Tally tally = new Tally(themes);
      if (request.assignments() != null) {
        AtomicFile.write(request.assignments(), out -> assignAll(index, q, model, groups,
            groupTheme, sampledTheme, tally, out, progress));
      } else {
        assignAll(index, q, model, groups, groupTheme, sampledTheme, tally, null, progress);
      }

      List<ThemeReport> reports = new ArrayList<>();
      for (int t = 0; t < themes; t++) {
        List<ThemeReport.Representative> reps = model.representatives(t).stream()
            .map(sample::get)
            .map(p -> new ThemeReport.Representative(p.id(), p.account().id(), p.text()))
            .toList();
        List<ThemeReport.Copies> copies = new ArrayList<>();
        for (int g : tally.largestGroups(t, groups, groupTheme, COPIES_SHOWN)) {
          Post p = index.get(groups.representative[g]).post();
          copies.add(new ThemeReport.Copies(p.id(), groups.size[g], p.text()));
        }
        reports.add(new ThemeReport(t + 1, tally.posts[t], texts[t], model.topTerms(t), reps,
            top(tally.accounts.get(t), 5), top(tally.languages.get(t), Integer.MAX_VALUE),
            copies, tally.days.get(t)));
      }
      return new ThemesResult(tally.total, sample.size(), groups.count(), groups.members(),
          tally.unassigned, reports);
    }
  }

  private static void assignAll(PostIndex index, Query q, ThemeModel model, Groups groups,
      int[] groupTheme, Map<String, Integer> sampledTheme, Tally tally, OutputStream out,
      Progress progress) throws IOException {
    JsonGenerator json = out == null ? null
        : JSON.createGenerator(new OutputStreamWriter(out, StandardCharsets.UTF_8))
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)
            .setPrettyPrinter(new com.fasterxml.jackson.core.util.MinimalPrettyPrinter(""));
    List<IndexedPost> batch = new ArrayList<>(BATCH);
    index.forEach(q, ip -> {
      batch.add(ip);
      if (batch.size() == BATCH) flush(batch, model, groups, groupTheme, sampledTheme, tally,
          json, progress);
    });
    flush(batch, model, groups, groupTheme, sampledTheme, tally, json, progress);
    if (json != null) json.flush();
  }

  /** Tokenising is the cost: a batch's posts are assigned in parallel, then tallied in order. */
  private static void flush(List<IndexedPost> batch, ThemeModel model, Groups groups,
      int[] groupTheme, Map<String, Integer> sampledTheme, Tally tally, JsonGenerator json,
      Progress progress) throws IOException {
    int[] theme = new int[batch.size()];
    java.util.stream.IntStream.range(0, batch.size()).parallel().forEach(i -> {
      IndexedPost ip = batch.get(i);
      int g = groups.of(ip.docId());
      Integer fitted = sampledTheme.get(ip.post().id());
      if (g >= 0 && groupTheme[g] != Integer.MIN_VALUE) {
        theme[i] = groupTheme[g];
      } else if (fitted != null && g < 0) {
        theme[i] = fitted;
      } else {
        theme[i] = model.assign(ip.post().text());
      }
    });
    for (int i = 0; i < batch.size(); i++) {
      IndexedPost ip = batch.get(i);
      int g = groups.of(ip.docId());
      // A group's first member met fixes the group's theme, so all its copies share one.
      if (g >= 0 && groupTheme[g] == Integer.MIN_VALUE) groupTheme[g] = theme[i];
      int t = g >= 0 ? groupTheme[g] : theme[i];
      tally.add(ip.post(), t);
      if (json != null) {
        json.writeStartObject();
        json.writeStringField("id", ip.post().id());
        if (t >= 0) json.writeNumberField("theme", t + 1); else json.writeNullField("theme");
        json.writeNumberField("copies", g >= 0 ? groups.size[g] : 1);
        json.writeEndObject();
        json.writeRaw('\n');
      }
    }
    progress.advance(batch.size());
    batch.clear();
  }

  private static Map<String, Integer> top(Map<String, Integer> counts, int n) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(n).forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** Near-duplicate groups by document: group number per doc (-1: none), first doc, size. */
  record Groups(int[] groupOfDoc, int[] representative, int[] size) {
    static Groups of(PostIndex index, Query q) throws IOException {
      var options = new DuplicateFinder.Options(DuplicateFinder.DEFAULT_THRESHOLD, 1, null, q,
          RetweetMode.INCLUDE, DuplicateFinder.DEFAULT_MIN_WORDS);
      List<DuplicateFinder.RawCluster> raw = new DuplicateFinder(index.reader()).findRaw(options);
      int[] of = new int[index.reader().maxDoc()];
      Arrays.fill(of, -1);
      int[] rep = new int[raw.size()];
      int[] size = new int[raw.size()];
      for (int g = 0; g < raw.size(); g++) {
        DuplicateFinder.RawCluster rc = raw.get(g);
        // The group's first post in doc order stands for it, so the sampling pass meets it.
        int first = Integer.MAX_VALUE;
        for (int d : rc.docs()) {
          of[d] = g;
          first = Math.min(first, d);
        }
        rep[g] = first;
        size[g] = rc.docs().length;
      }
      return new Groups(of, rep, size);
    }

    int of(int doc) {
      return doc < groupOfDoc.length ? groupOfDoc[doc] : -1;
    }

    int count() {
      return representative.length;
    }

    long members() {
      long n = 0;
      for (int s : size) n += s;
      return n;
    }
  }

  /** Per-theme counts over every post. */
  private static final class Tally {
    final int[] posts;
    final List<Map<String, Integer>> accounts = new ArrayList<>();
    final List<Map<String, Integer>> languages = new ArrayList<>();
    final List<Map<LocalDate, Integer>> days = new ArrayList<>();
    int total;
    long unassigned;

    Tally(int themes) {
      posts = new int[themes];
      for (int t = 0; t < themes; t++) {
        accounts.add(new HashMap<>());
        languages.add(new HashMap<>());
        days.add(new HashMap<>());
      }
    }

    void add(Post p, int t) {
      total++;
      if (t < 0) {
        unassigned++;
        return;
      }
      posts[t]++;
      accounts.get(t).merge(p.account().id(), 1, Integer::sum);
      languages.get(t).merge(p.lang() == null ? "und" : p.lang(), 1, Integer::sum);
      if (p.dated()) {
        days.get(t).merge(LocalDate.ofInstant(p.time(), ZoneOffset.UTC), 1, Integer::sum);
      }
    }

    List<Integer> largestGroups(int t, Groups groups, int[] groupTheme, int n) {
      List<Integer> in = new ArrayList<>();
      for (int g = 0; g < groups.count(); g++) if (groupTheme[g] == t) in.add(g);
      in.sort((a, b) -> groups.size[b] != groups.size[a] ? groups.size[b] - groups.size[a]
          : Integer.compare(groups.representative[a], groups.representative[b]));
      return in.subList(0, Math.min(n, in.size()));
    }
  }
}
