package org.chorus.web;

import org.chorus.app.Investigation;

/** A workbench over the bundled index for one test class. */
final class ApiServer implements AutoCloseable {
  final Investigation investigation;
  final Workbench workbench;
  final Http http;

  ApiServer() throws Exception {
    investigation = Investigation.open(BundledIndex.path());
    workbench = Workbench.start(investigation, new Workbench.Options("127.0.0.1", 0, null));
    http = new Http(workbench.url());
  }

  @Override
  public void close() throws Exception {
    workbench.close();
    investigation.close();
  }
}
