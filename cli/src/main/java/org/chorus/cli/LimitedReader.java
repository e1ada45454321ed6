package org.chorus.cli;

import java.io.IOException;
import java.util.List;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostReader;

/** The first {@code limit} posts of a reader: quick benchmark runs and warm-ups. */
final class LimitedReader implements PostReader {
  private final PostReader in;
  private long left;

  LimitedReader(PostReader in, long limit) {
    this.in = in;
    this.left = limit;
  }

  @Override
  public Post next() throws IOException {
    if (left <= 0) return null;
    left--;
    return in.next();
  }

  @Override
  public long line() {
    return in.line();
  }

  @Override
  public List<String> notes() {
    return in.notes();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
