package org.chorus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.IndexReader;
import org.chorus.corpus.Account;
import org.chorus.corpus.Post;
import org.chorus.dupes.Cluster;
import org.chorus.dupes.DuplicateFinder;
import org.chorus.fingerprint.Fingerprint;

/**
 * Copy-paste campaigns whose members are known (planted into real posts, or the bundled
 * corpus's ground truth), and how well {@code chorus dupes} recovers them: pair precision and
 * recall, and how many campaigns land whole in one cluster.
 */
final class PlantedCampaigns {
  private PlantedCampaigns() {}

  record Result(int campaigns, int plantedPosts, long truePairs, long predictedPairs,
      long truePositives, double precision, double recall, int campaignsWhole,
      double minShareInOneCluster) {}

  /**
   * Plants {@code campaigns} campaigns into {@code background}: each copies a real post (at
   * least 6 words) 10 to 200 times with 1-3 realistic edits ({@link CopyEditor}), from fresh
   * accounts, within 10 minutes, at a random time of the background's span. Fills
   * {@code campaignOf} (post id to campaign number).
   */
  static List<Post> plant(List<Post> background, int campaigns, long seed,
      Map<String, Integer> campaignOf) {
    Random rnd = new Random(seed);
    List<String> donors = background.stream().map(Post::text).toList();
    CopyEditor editor = new CopyEditor(rnd, donors);
    long lo = Long.MAX_VALUE, hi = Long.MIN_VALUE;
    for (Post p : background) {
      lo = Math.min(lo, p.time().toEpochMilli());
      hi = Math.max(hi, p.time().toEpochMilli());
    }
    List<Post> out = new ArrayList<>(background);
    for (int c = 0; c < campaigns; c++) {
      Post source;
      do {
        source = background.get(rnd.nextInt(background.size()));
      } while (source.retweet() || Fingerprint.of(source.text()).shingles().length < 6);
      int copies = 10 + rnd.nextInt(191);
      long base = lo + (long) (rnd.nextDouble() * Math.max(1, hi - lo));
      for (int i = 0; i < copies; i++) {
        String id = "planted-" + c + "-" + i;
        campaignOf.put(id, c);
        out.add(Post.builder(id, Account.of("planted-acct-" + c + "-" + i),
            Instant.ofEpochMilli(base + rnd.nextInt(600_000)), editor.edit(source.text())).build());
      }
    }
    return out;
  }

  /** Runs {@code chorus dupes} with {@code options} and scores its clusters. */
  static Result measure(IndexReader reader, Map<String, Integer> campaignOf,
      DuplicateFinder.Options options) throws IOException {
    List<Cluster> clusters = new DuplicateFinder(reader).find(options);
    int campaigns = (int) campaignOf.values().stream().distinct().count();
    long[] size = new long[campaigns];
    for (int c : campaignOf.values()) size[c]++;
    long truePairs = 0;
    for (long s : size) truePairs += s * (s - 1) / 2;
    long predicted = 0, tp = 0;
    long[] best = new long[campaigns];
    for (Cluster cl : clusters) {
      long[] perCampaign = new long[campaigns];
      long planted = 0, n = cl.size();
      for (Cluster.Member m : cl.members()) {
        Integer c = campaignOf.get(m.postId());
        if (c != null) {
          perCampaign[c]++;
          planted++;
        }
      }
      if (planted == 0) continue;
      long other = n - planted;
      predicted += n * (n - 1) / 2 - other * (other - 1) / 2;
      for (int c = 0; c < campaigns; c++) {
        tp += perCampaign[c] * (perCampaign[c] - 1) / 2;
        best[c] = Math.max(best[c], perCampaign[c]);
      }
    }
    int whole = 0;
    double minShare = 1;
    for (int c = 0; c < campaigns; c++) {
      if (best[c] >= Math.ceil(0.95 * size[c])) whole++;
      minShare = Math.min(minShare, best[c] / (double) size[c]);
    }
    return new Result(campaigns, campaignOf.size(), truePairs, predicted, tp,
        predicted == 0 ? 1 : tp / (double) predicted, truePairs == 0 ? 1 : tp / (double) truePairs,
        whole, minShare);
  }

  /**
   * Ground truth of a campaigns file (JSON Lines with "campaign" and "posts": [ids], as the
   * bundled corpus's campaigns.jsonl): post id to campaign number.
   */
  static Map<String, Integer> read(Path campaignsJsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Integer> out = new HashMap<>();
    int c = 0;
    for (String line : Files.readAllLines(campaignsJsonl)) {
      if (line.isBlank()) continue;
      for (JsonNode id : json.readTree(line).get("posts")) out.put(id.asText(), c);
      c++;
    }
    return out;
  }
}
