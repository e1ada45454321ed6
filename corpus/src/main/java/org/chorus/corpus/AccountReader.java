package org.chorus.corpus;

import java.io.Closeable;
import java.io.IOException;

/**
 * A stream of account records from one users file, one record at a time. As with
 * {@link PostReader}, malformed rows go to the {@link RejectHandler} the reader was opened with:
 * {@code rows read = records returned + rejections}.
 */
public interface AccountReader extends Closeable {

  /** The next well-formed account, or null at the end of the file. */
  AccountRecord next() throws IOException;

  /** The physical line (1-based) where the last returned or rejected row started. */
  long line();
}
