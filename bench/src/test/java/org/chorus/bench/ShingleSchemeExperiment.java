package org.chorus.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.chorus.fingerprint.MinHash;
import org.chorus.fingerprint.Normalizer;
import org.chorus.fingerprint.Shingler;

/**
 * Which shingle scheme separates copies from topical non-copies best? Run:
 * {@code java -cp indexer/target/classes:indexer/target/test-classes
 * org.chorus.dupes.ShingleSchemeExperiment ../shared/data}
 *
 * <p>Positives: real posts (IRA tweets in English and Russian, Chinese Weibo posts) each copied
 * with 1-3 realistic edits ({@link CopyEditor}). Negatives: topical pairs that are not copies:
 * tweets linking the same URL judged non-paraphrase (Lan et al. 2017), Weibo posts on the same
 * stance target, consecutive tweets of one IRA account.
 */
public final class ShingleSchemeExperiment {
  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    Random rnd = new Random(42);
    List<String> ira = new ArrayList<>();
    List<String[]> iraNeg = new ArrayList<>();
    try (IraCsv csv = new IraCsv(data.resolve("ira/ira-tweets.dev.csv.gz"))) {
      List<String> r;
      String prevAuthor = null, prevText = null;
      long row = 0;
      while ((r = csv.next()) != null && ira.size() < 20000) {
        if (r.size() < 11 || "R".equals(r.get(5))) continue;
        if (row++ % 50 != 0) continue;
        String text = r.get(10);
        if (Normalizer.normalize(text).length() < 20) continue;
        ira.add(text);
        if (r.get(0).equals(prevAuthor) && !Normalizer.normalize(text).equals(Normalizer.normalize(prevText))) {
          iraNeg.add(new String[] {prevText, text});
        }
        prevAuthor = r.get(0);
        prevText = text;
      }
    }
    List<String[]> urlNeg = new ArrayList<>();
    List<String[]> urlPara = new ArrayList<>();
    for (String line : Files.readAllLines(data.resolve("paraphrase/twitter-url-train.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length < 3 || f[0].equals("paraphrase")) continue;
      (f[0].equals("1") ? urlPara : urlNeg).add(new String[] {f[1], f[2]});
    }
    List<String> zh = new ArrayList<>();
    List<String[]> zhNeg = new ArrayList<>();
    List<String[]> zhRows = new ArrayList<>();
    for (String line : Files.readAllLines(data.resolve("stance-zh/nlpcc2016-train.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length < 3 || f[0].contains("ID")) continue;
      zh.add(f[2]);
      zhRows.add(f);
    }
    for (int i = 0; i < 5000; i++) {
      String[] a = zhRows.get(rnd.nextInt(zhRows.size()));
      String[] b = zhRows.get(rnd.nextInt(zhRows.size()));
      if (a != b && a[1].equals(b[1])) zhNeg.add(new String[] {a[2], b[2]});
    }
    CopyEditor editor = new CopyEditor(rnd, ira);
    List<String[]> pos = new ArrayList<>();
    for (String t : ira) pos.add(new String[] {t, editor.edit(t)});
    List<String[]> zhPos = new ArrayList<>();
    for (String t : zh) zhPos.add(new String[] {t, editor.edit(t)});

    Shingler[] schemes = {Shingler.tokens(1), Shingler.tokens(2), Shingler.tokens(3),
        Shingler.characters(3), Shingler.characters(4), Shingler.characters(5)};
    System.out.printf(Locale.ROOT, "positives: %d IRA copies, %d Weibo copies; negatives: %d same-URL"
        + " non-paraphrase, %d same-account IRA, %d same-target Weibo; (%d same-URL paraphrases)%n",
        pos.size(), zhPos.size(), urlNeg.size(), iraNeg.size(), zhNeg.size(), urlPara.size());
    System.out.println("scheme            shingles/post  AUC    best-thr  recall@thr  FPR@thr  "
        + "recall@FPR<=0.5%  zh-recall@thr  zh-FPR@thr  para>=thr  p10(copies)");
    for (Shingler s : schemes) {
      double[] p = sims(s, pos), zp = sims(s, zhPos);
      List<String[]> neg = new ArrayList<>(urlNeg);
      neg.addAll(iraNeg);
      double[] n = sims(s, neg), zn = sims(s, zhNeg), para = sims(s, urlPara);
      double[] allP = concat(p, zp), allN = concat(n, zn);
      double bestThr = 0, bestAcc = -1;
      for (int t = 5; t <= 95; t++) {
        double thr = t / 100.0;
        double acc = frac(allP, thr) + 1 - frac(allN, thr);
        if (acc > bestAcc) { bestAcc = acc; bestThr = thr; }
      }
      double thrFpr = 1.0;
      for (int t = 100; t >= 1; t--) if (frac(allN, t / 100.0) <= 0.005) thrFpr = t / 100.0;
      Arrays.sort(allP);
      System.out.printf(Locale.ROOT, "%-18s %8.1f  %.4f   %.2f    %.4f     %.4f      %.4f (thr %.2f)     %.4f        %.4f    %.3f     %.3f%n",
          s, avgShingles(s, ira), auc(allP, allN), bestThr, frac(allP, bestThr), frac(allN, bestThr),
          frac(allP, thrFpr), thrFpr, frac(zp, bestThr), frac(zn, bestThr), frac(para, bestThr),
          allP[allP.length / 10]);
      StringBuilder sb = new StringBuilder("   recall/FPR by threshold:");
      for (int t = 30; t <= 90; t += 10) sb.append(String.format(Locale.ROOT, " %.1f:%.3f/%.4f", t / 100.0, frac(allP, t / 100.0), frac(allN, t / 100.0)));
      System.out.println(sb);
    }
  }

  static double avgShingles(Shingler s, List<String> texts) {
    long sum = 0;
    for (String t : texts) sum += s.shingles(Normalizer.normalize(t)).length;
    return sum / (double) texts.size();
  }

  static double[] sims(Shingler s, List<String[]> pairs) {
    double[] out = new double[pairs.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = MinHash.jaccard(s.shingles(Normalizer.normalize(pairs.get(i)[0])),
          s.shingles(Normalizer.normalize(pairs.get(i)[1])));
    }
    return out;
  }

  static double frac(double[] xs, double thr) {
    int c = 0;
    for (double x : xs) if (x >= thr) c++;
    return c / (double) xs.length;
  }

  static double[] concat(double[] a, double[] b) {
    double[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  static double auc(double[] p, double[] n) {
    double[] sp = p.clone(), sn = n.clone();
    Arrays.sort(sp);
    Arrays.sort(sn);
    double wins = 0;
    int j = 0, k = 0;
    for (double x : sp) {
      while (j < sn.length && sn[j] < x) j++;
      k = j;
      while (k < sn.length && sn[k] == x) k++;
      wins += j + 0.5 * (k - j);
    }
    return wins / ((double) sp.length * sn.length);
  }
}
