package org.chorus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostReader;
import org.chorus.corpus.RejectsFile;

/**
 * The labelled posts of the inputs, in memory, as evaluation needs them: unlabelled posts are
 * counted and left out (said on standard error), bad records go to the rejects file.
 */
record LabelledPosts(List<Post> posts, long unlabelled, long rejected, Path rejectsFile) {

  static LabelledPosts read(InputOptions input, Path rejectsPath, boolean quiet, PrintStream err)
      throws IOException {
    List<Post> posts = new ArrayList<>();
    long unlabelled = 0;
    RejectsFile rejects = input.rejects(rejectsPath);
    try (rejects;
        PostReader reader = input.open(rejects);
        Progress progress = Progress.start("read", -1, quiet)) {
      Post post;
      while ((post = reader.next()) != null) {
        if (post.labels().isEmpty()) {
          unlabelled++;
        } else {
          posts.add(post);
        }
        progress.advance(1);
      }
    }
    LabelledPosts read = new LabelledPosts(List.copyOf(posts), unlabelled, rejects.count(),
        rejects.written() ? rejects.path() : null);
    read.describe(err, quiet);
    if (posts.isEmpty()) {
      throw new UsageException("no labelled posts in the input (" + unlabelled
          + " without a label): map a label column, e.g. --map ...,label=COLUMN");
    }
    return read;
  }

  private void describe(PrintStream err, boolean quiet) {
    if (quiet && unlabelled == 0 && rejected == 0) return;
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "read %,d labelled posts",
        posts.size()));
    if (unlabelled > 0) s.append(String.format(Locale.ROOT, ", skipped %,d unlabelled", unlabelled));
    if (rejected > 0) {
      s.append(String.format(Locale.ROOT, ", rejected %,d (see %s)", rejected, rejectsFile));
    }
    err.println(s);
  }

  /** Single-label evaluation scores the first label of a post, as training does. */
  List<List<String>> truth(boolean multiLabel) {
    return posts.stream().map(p -> multiLabel ? p.labels() : p.labels().subList(0, 1)).toList();
  }

  List<String> groups(GroupBy by) {
    return posts.stream().map(by::keyOf).toList();
  }

  List<String> languages() {
    return posts.stream().map(p -> p.lang() == null ? "?" : p.lang()).toList();
  }
}
