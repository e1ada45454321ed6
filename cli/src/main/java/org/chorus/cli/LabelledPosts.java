package org.chorus.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chorus.corpus.ColumnMap;
import org.chorus.corpus.Datasets;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostReader;
import org.chorus.corpus.RejectsFile;

/**
 * The labelled posts of the inputs, in memory, as evaluation needs them: unlabelled posts are
 * counted and left out (said on standard error), bad records go to the rejects file.
 */
record LabelledPosts(List<Post> posts, long unlabelled, long rejected, Path rejectsFile) {

  /**
   * @param label where labels come from, as {@code chorus train --label}: "labels" for the
   *     reader's own, or a CSV/TSV column that replaces the label columns of {@code --map}
   */
  static LabelledPosts read(InputOptions input, String label, Path rejectsPath, boolean quiet,
      PrintStream err) throws IOException {
    List<Post> posts = new ArrayList<>();
    long unlabelled = 0;
    RejectsFile rejects = input.rejects(rejectsPath);
    try (rejects;
        PostReader reader = open(input, label, rejects);
        ConsoleProgress progress = ConsoleProgress.start("read", -1, quiet)) {
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

  private static PostReader open(InputOptions input, String label, RejectsFile rejects)
      throws IOException {
    if (label == null || "labels".equals(label)) return input.open(rejects);
    ColumnMap map = input.columns();
    if (map == null) {
      throw new UsageException("--label " + label + " names a CSV/TSV column: give the other "
          + "columns with --map (e.g. --map id=ID,account=USER,text=TEXT) or leave --label out");
    }
    String spec = map.toString().replaceAll("(^|,)label=[^,]*", "") + ",label=" + label;
    ColumnMap relabelled = ColumnMap.parse(spec.startsWith(",") ? spec.substring(1) : spec);
    return Datasets.open(input.inputs(), input.format(), relabelled, rejects);
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
