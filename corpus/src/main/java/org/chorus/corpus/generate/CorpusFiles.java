package org.chorus.corpus.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.zip.GZIPOutputStream;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostJson;

/**
 * Writes a generated corpus to a directory: {@value #POSTS} (project JSON Lines, one post per
 * line, in time order) and {@value #CAMPAIGNS} (see {@link CampaignJson}), gzipped with a
 * {@code .gz} suffix on request. Gzip output is byte-stable too: Java writes no time stamp.
 */
public final class CorpusFiles implements CorpusSink, AutoCloseable {
  public static final String POSTS = "posts.jsonl";
  public static final String CAMPAIGNS = "campaigns.jsonl";

  private final Writer posts;
  private final Writer campaigns;

  public CorpusFiles(OutputStream posts, OutputStream campaigns) {
    this.posts = new BufferedWriter(new OutputStreamWriter(posts, StandardCharsets.UTF_8), 1 << 16);
    this.campaigns = new BufferedWriter(new OutputStreamWriter(campaigns, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Generates into {@code dir} (created if missing) and returns the run's summary. */
  public static GenerationSummary generate(GeneratorSettings settings, Path dir, boolean gzip,
      LongConsumer progress) throws IOException {
    Files.createDirectories(dir);
    String suffix = gzip ? ".gz" : "";
    try (CorpusFiles files = new CorpusFiles(open(dir.resolve(POSTS + suffix), gzip),
        open(dir.resolve(CAMPAIGNS + suffix), gzip))) {
      return new CorpusGenerator(settings).generate(files, progress);
    }
  }

  private static OutputStream open(Path file, boolean gzip) throws IOException {
    OutputStream out = Files.newOutputStream(file);
    return gzip ? new GZIPOutputStream(out, 1 << 16) : out;
  }

  @Override
  public void post(Post post) throws IOException {
    posts.write(PostJson.write(post));
    posts.write('\n');
  }

  @Override
  public void campaign(CampaignRecord campaign) throws IOException {
    campaigns.write(CampaignJson.write(campaign));
    campaigns.write('\n');
  }

  @Override
  public void close() throws IOException {
    try (Writer p = posts; Writer c = campaigns) {
      p.flush();
      c.flush();
    }
  }
}
