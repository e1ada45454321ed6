package org.chorus.corpus.generate;

import java.io.IOException;
import org.chorus.corpus.Post;

/** Where generated posts (in time order) and campaign ground truth go. */
public interface CorpusSink {
  void post(Post post) throws IOException;

  /** Called once a campaign's posts have all been passed to {@link #post}. */
  void campaign(CampaignRecord campaign) throws IOException;
}
