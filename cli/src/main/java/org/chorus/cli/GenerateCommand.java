package org.chorus.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.chorus.app.OutputPath;
import org.chorus.corpus.generate.CorpusFiles;
import org.chorus.corpus.generate.GenerationSummary;
import org.chorus.corpus.generate.GeneratorSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code chorus generate}: writes the synthetic labelled Hong Kong 2019 corpus, deterministically. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
        "Generate the labelled 2019 Hong Kong protests corpus with planted copy-paste campaigns.",
        "Writes DIR/posts.jsonl and DIR/campaigns.jsonl (the campaigns' ground truth).",
        "The same --posts and --seed always give byte-identical files.",
        "The bundled corpus is: chorus generate --posts 8000 --seed 2019 --out corpus/hk2019"})
public final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--posts", defaultValue = "8000", description = "Number of posts (default: ${DEFAULT-VALUE}).")
  long posts;

  @Option(names = "--seed", defaultValue = "2019", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, description = "Output directory (created if missing).")
  Path out;

  @Option(names = "--accounts", defaultValue = "0",
      description = "Number of accounts (default: 600 at 8,000 posts, growing sublinearly, at least 300).")
  int accounts;

  @Option(names = "--campaign-share", defaultValue = "0.18",
      description = "Share of posts in copy-paste campaigns, 0 to 0.9 (default: ${DEFAULT-VALUE}).")
  double campaignShare;

  @Option(names = "--gzip", description = "Write posts.jsonl.gz and campaigns.jsonl.gz.")
  boolean gzip;

  @Mixin JsonOption json;
  @Mixin QuietOption quiet;

  @Override
  public Integer call() throws Exception {
    OutputPath.folder("--out", out);
    GeneratorSettings settings;
    try {
      settings = new GeneratorSettings(posts, seed, accounts, campaignShare);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    GenerationSummary summary;
    try (ConsoleProgress progress = quiet.progress("generate", posts)) {
      summary = CorpusFiles.generate(settings, out, gzip, progress::advance);
    }
    PrintStream stdout = System.out;
    if (json.json) {
      JsonLines.print(stdout, new Generated(out.toString(), seed, summary.posts(),
          summary.accounts(), summary.activeAccounts(), summary.campaigns(),
          summary.campaignPosts(), summary.retweets(), summary.replies(), summary.unlabelled(),
          summary.labels(), summary.langs(), summary.first(), summary.last(), summary.seconds(),
          Math.round(summary.postsPerSecond())));
    } else {
      table(summary).print(stdout);
    }
    return ExitCode.OK;
  }

  private Table table(GenerationSummary s) {
    Table t = new Table("what", "value").alignRight(1);
    t.row("output", out);
    t.row("seed", seed);
    t.row("posts", Table.count(s.posts()));
    t.row("accounts (active)", String.format(Locale.ROOT, "%,d (%,d)", s.accounts(), s.activeAccounts()));
    t.row("time range", s.first() + " .. " + s.last());
    t.row("campaigns", String.format(Locale.ROOT, "%,d (%,d posts)", s.campaigns(), s.campaignPosts()));
    t.row("retweets", Table.count(s.retweets()));
    t.row("replies", Table.count(s.replies()));
    s.labels().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
        t.row("label " + e.getKey(), Table.count(e.getValue())));
    t.row("unlabelled (filler)", Table.count(s.unlabelled()));
    s.langs().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
        t.row("lang " + e.getKey(), Table.count(e.getValue())));
    t.row("speed", String.format(Locale.ROOT, "%,.0f posts/s in %.1f s", s.postsPerSecond(), s.seconds()));
    return t;
  }

  record Generated(String out, long seed, long posts, int accounts,
      @JsonProperty("active_accounts") int activeAccounts, int campaigns,
      @JsonProperty("campaign_posts") long campaignPosts, long retweets, long replies,
      long unlabelled, Map<String, Long> labels, Map<String, Long> langs, Instant first,
      Instant last, double seconds, @JsonProperty("posts_per_second") long postsPerSecond) {}
}
