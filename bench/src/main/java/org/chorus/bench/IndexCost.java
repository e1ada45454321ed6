package org.chorus.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.apache.lucene.document.Document;
import org.chorus.corpus.Post;
import org.chorus.index.FingerprintFields;
import org.chorus.index.PostDocuments;

/** CPU microseconds a post costs at index time: the fingerprint fields alone, the whole document. */
final class IndexCost {
  private IndexCost() {}

  record Result(int posts, double fingerprintMicros, double documentMicros) {}

  static Result measure(List<Post> posts) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    double fp = Double.MAX_VALUE, doc = Double.MAX_VALUE;
    long sink = 0;
    for (int rep = 0; rep < 5; rep++) { // best of 5: the first runs are JIT warm-up
      long t0 = cpu.getCurrentThreadCpuTime();
      for (Post p : posts) {
        Document d = new Document();
        FingerprintFields.addTo(d, p);
        sink += d.getFields().size();
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      for (Post p : posts) sink += PostDocuments.toDocument(p).getFields().size();
      long t2 = cpu.getCurrentThreadCpuTime();
      fp = Math.min(fp, (t1 - t0) / 1e3 / posts.size());
      doc = Math.min(doc, (t2 - t1) / 1e3 / posts.size());
    }
    if (sink == 42) System.out.print(""); // keeps the JIT from dropping the work
    return new Result(posts.size(), fp, doc);
  }
}
