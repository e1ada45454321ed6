package org.chorus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.chorus.cli.IndexSearchCommandsTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code chorus serve} refuses before it serves: each a usage error naming the cause. */
class ServeCommandTest {
  @TempDir Path tmp;

  @Test
  void aFolderWithoutAnIndexIsAUsageError() {
    Run r = IndexSearchCommandsTest.run("serve", "--index", tmp.resolve("none").toString());
    assertEquals(ExitCode.USAGE, r.code(), r.err());
    assertTrue(r.err().contains(tmp.resolve("none").toString()), r.err());
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    Run r = IndexSearchCommandsTest.run("serve", "--index", tmp.toString(), "--port", "70000");
    assertEquals(ExitCode.USAGE, r.code(), r.err());
    assertTrue(r.err().contains("70000"), r.err());
  }

  @Test
  void aPortInUseIsAUsageErrorNamingIt() throws IOException {
    Path index = tmp.resolve("ix");
    Run built = IndexSearchCommandsTest.run("index", "--input",
        Path.of("").toAbsolutePath().getParent().resolve("corpus/hk2019/posts.jsonl").toString(),
        "--index", index.toString(), "--quiet");
    assertEquals(ExitCode.OK, built.code(), built.err());
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Run r = IndexSearchCommandsTest.run("serve", "--index", index.toString(), "--port",
          String.valueOf(taken.getLocalPort()));
      assertEquals(ExitCode.USAGE, r.code(), r.err());
      assertTrue(r.err().contains(":" + taken.getLocalPort()), r.err());
    }
  }
}
