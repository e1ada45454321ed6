package org.chorus.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostReader;
import org.chorus.corpus.RejectsFile;

/**
 * The labelled posts of datasets, in memory, as evaluation needs them: posts without a label
 * are counted and left out.
 */
public record LabelledPosts(List<Post> posts, ReadSummary summary) {

  /** @throws RequestException when no post has a label */
  public static LabelledPosts read(DatasetFiles data) throws IOException {
    List<Post> posts = new ArrayList<>();
    long unlabelled = 0;
    RejectsFile rejects = data.openRejects();
    try (rejects; PostReader reader = data.open(rejects)) {
      for (Post p = reader.next(); p != null; p = reader.next()) {
        if (p.labels().isEmpty()) {
          unlabelled++;
        } else {
          posts.add(p);
        }
      }
    }
    if (posts.isEmpty()) {
      throw new RequestException("no labelled posts in the input (" + unlabelled
          + " without a label): map a label column, e.g. --map ...,label=COLUMN");
    }
    return new LabelledPosts(List.copyOf(posts), new ReadSummary(posts.size(), unlabelled,
        rejects.count(), rejects.written() ? rejects.path() : null));
  }

  /** Single-label evaluation scores the first label of a post, as training does. */
  public List<List<String>> truth(boolean multiLabel) {
    return posts.stream().map(p -> multiLabel ? p.labels() : p.labels().subList(0, 1)).toList();
  }

  public List<String> groups(GroupBy by) {
    return posts.stream().map(by::keyOf).toList();
  }

  public List<String> languages() {
    return posts.stream().map(p -> p.lang() == null ? "?" : p.lang()).toList();
  }
}
