package org.chorus.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chorus.corpus.InvalidInputException;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostJson;
import org.chorus.corpus.PostReader;
import org.chorus.corpus.RejectHandler;
import org.chorus.corpus.Rejection;

/** A minimal PostJson lines reader for tests (the real readers live in the corpus module). */
final class JsonlReader implements PostReader {
  private final BufferedReader in;
  private final String file;
  private final RejectHandler rejects;
  private long line;

  JsonlReader(Path path, RejectHandler rejects) throws IOException {
    this.in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
    this.file = path.toString();
    this.rejects = rejects;
  }

  @Override
  public Post next() throws IOException {
    for (String s = in.readLine(); s != null; s = in.readLine()) {
      line++;
      try {
        return PostJson.read(s, file, line);
      } catch (InvalidInputException e) {
        Rejection r = e.rejection();
        rejects.reject(new Rejection(r.file(), r.line(), r.field(), r.reason(), Rejection.excerpt(s)));
      }
    }
    return null;
  }

  @Override
  public long line() {
    return line;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
