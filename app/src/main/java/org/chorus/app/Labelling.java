package org.chorus.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.chorus.corpus.AtomicFile;
import org.chorus.corpus.Datasets;
import org.chorus.corpus.Post;
import org.chorus.corpus.PostReader;
import org.chorus.corpus.RejectsFile;
import org.chorus.index.IndexedPost;
import org.chorus.index.NarrativeWriter;
import org.chorus.index.PostIndex;
import org.chorus.narratives.ModelFile;
import org.chorus.narratives.NarrativeModel;

/** {@link Narratives#label} and {@link Narratives#labelIndex}. */
final class Labelling {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Labelling() {}

  static LabelResult files(LabelRequest request, Progress progress) throws IOException {
    OutputPath.file("output", request.output());
    NarrativeModel model = ModelFile.read(request.model());
    DatasetFiles data = request.data();
    Datasets.requireFiles(data.files());
    LabelTally tally = new LabelTally(model.labels());
    RejectsFile rejects = data.openRejects();
    try (rejects; PostReader reader = data.open(rejects);
        RunRecorder run = RunRecorder.start("label", request, data.files(), request.model())) {
      // Written whole or not at all, so the output may even be the input file.
      AtomicFile.write(request.output(), os -> {
        Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        try (JsonGenerator g = JSON.createGenerator(w)
                .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)) {
          g.setRootValueSeparator(null);
          stream(model, reader, request.threads(), labels -> {
            JSON.writeValue(g, labels);
            w.write('\n');
          }, tally, progress);
        }
        w.flush();
      });
      RunManifest manifest = run.manifest(null);
      rejects.close();
      RunRecorder.writeBeside(manifest, List.of(request.output()),
          rejects.written() ? rejects.path() : null);
    }
    return tally.result(rejects.count(), request.output().toString());
  }

  /** Labels every post of {@code reader} in input order: {@link Narratives#labelPosts}. */
  static void stream(NarrativeModel model, PostReader reader, int threads,
      Narratives.LabelSink sink, LabelTally tally, Progress progress) throws IOException {
    try (OrderedLabeller<Post> labeller = new OrderedLabeller<>(model, p -> p, threads,
        (posts, predictions) -> {
          for (int i = 0; i < posts.size(); i++) {
            sink.accept(PostLabels.of(posts.get(i).id(), predictions.get(i)));
            if (tally != null) tally.add(predictions.get(i));
          }
          progress.advance(posts.size());
        })) {
      for (Post p = reader.next(); p != null; p = reader.next()) labeller.add(p);
      labeller.finish();
    }
  }

  static LabelResult index(LabelIndexRequest request, Progress progress) throws IOException {
    NarrativeModel model = ModelFile.read(request.model());
    LabelTally tally = new LabelTally(model.labels());
    IndexIdentity before = RunRecorder.identityOrNull(request.index());
    try (RunRecorder run = RunRecorder.start("label", request, List.of(), request.model());
        PostIndex index = PostIndex.open(request.index());
        NarrativeWriter writer = NarrativeWriter.open(request.index());
        OrderedLabeller<IndexedPost> labeller = new OrderedLabeller<>(model, IndexedPost::post,
            request.threads(), (posts, predictions) -> {
              for (int i = 0; i < posts.size(); i++) {
                writer.set(posts.get(i), predictions.get(i).labels());
                tally.add(predictions.get(i));
              }
              progress.advance(posts.size());
            })) {
      index.forEach(request.filter().toQuery(), labeller::add);
      labeller.finish();
      writer.commit();
      RunRecorder.writeForIndex(request.index(),
          run.manifest(IndexIdentity.of(request.index())), before);
    }
    return tally.result(0, request.index().toString());
  }
}
