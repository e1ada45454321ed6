package org.chorus.web;

import io.javalin.config.RoutesConfig;

/** The endpoints behind one view, registered under {@code /api}. */
interface Api {
  void routes(RoutesConfig routes);
}
