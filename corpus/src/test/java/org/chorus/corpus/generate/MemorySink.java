package org.chorus.corpus.generate;

import java.util.ArrayList;
import java.util.List;
import org.chorus.corpus.Post;

/** Keeps a small generated corpus in memory for assertions. */
final class MemorySink implements CorpusSink {
  final List<Post> posts = new ArrayList<>();
  final List<CampaignRecord> campaigns = new ArrayList<>();

  @Override
  public void post(Post post) {
    posts.add(post);
  }

  @Override
  public void campaign(CampaignRecord campaign) {
    campaigns.add(campaign);
  }

  static MemorySink generate(long posts, long seed) throws java.io.IOException {
    MemorySink sink = new MemorySink();
    new CorpusGenerator(GeneratorSettings.of(posts, seed)).generate(sink, n -> {});
    return sink;
  }
}
