package io.github.conflictdata.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Records the waits the API code asks for (instead of sleeping) and its log messages. */
final class ApiTestSupport implements AutoCloseable {
  final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  final List<String> logs = Collections.synchronizedList(new ArrayList<>());
  private final Http.Sleeper previous = Http.sleeper;
  private final Logger logger = Logger.getLogger("io.github.conflictdata.api");
  private final Level previousLevel = logger.getLevel();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          logs.add(r.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  ApiTestSupport() {
    Http.sleeper = waits::add;
    logger.setLevel(Level.ALL);
    logger.addHandler(handler);
  }

  @Override
  public void close() {
    Http.sleeper = previous;
    logger.removeHandler(handler);
    logger.setLevel(previousLevel);
  }
}
