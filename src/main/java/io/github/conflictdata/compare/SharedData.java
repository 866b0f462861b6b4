package io.github.conflictdata.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the third-party files that the project may not ship (COW, ACLED, large UCDP files) are on
 * this machine: the folder named by the environment variable {@code CONFLICTDATA_SHARED}, else
 * {@code ../shared/data} or {@code ../../shared/data} from the working directory (the project's
 * layout, for notebooks run from {@code notebooks/}).
 *
 * <pre>{@code
 * Optional<Path> ged = SharedData.file("ucdp-ged/ged191.csv");   // empty when absent
 * }</pre>
 */
public final class SharedData {
  /** The environment variable naming the folder. */
  public static final String ENV = "CONFLICTDATA_SHARED";

  private SharedData() {}

  /** The folder, if found. */
  public static Optional<Path> folder() {
    return Stream.of(System.getenv(ENV), "../../shared/data", "../shared/data")
        .filter(Objects::nonNull).map(Path::of).filter(Files::isDirectory).findFirst();
  }

  /** A file in the folder, if the folder and the file are there. */
  public static Optional<Path> file(String relative) {
    return folder().map(f -> f.resolve(relative)).filter(Files::isRegularFile);
  }
}
