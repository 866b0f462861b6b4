package io.github.conflictdata;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The settings downloads ({@code releases}) and API clients ({@code api}) share, read in one place.
 * Each is a system property or an environment variable; <b>the system property wins</b> when both
 * are set (a blank value counts as unset):
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>property</th><th>environment</th><th>meaning</th></tr>
 *   <tr><td>{@code conflictdata.cache}</td><td>{@code CONFLICTDATA_CACHE}</td><td>the cache
 *       folder; default {@code $XDG_CACHE_HOME/conflictdata}, else {@code
 *       ~/.cache/conflictdata}</td></tr>
 *   <tr><td>{@code conflictdata.offline}</td><td>{@code CONFLICTDATA_OFFLINE}</td><td>a boolean:
 *       never use the network (downloads come from the cache only, API calls fail at
 *       once)</td></tr>
 *   <tr><td>{@code conflictdata.mirror}</td><td>{@code CONFLICTDATA_MIRROR}</td><td>a base URL:
 *       {@code https://host/path?query} is fetched from {@code MIRROR/host/path?query}</td></tr>
 *   <tr><td>{@code conflictdata.lock}</td><td>{@code CONFLICTDATA_LOCK}</td><td>the lock file
 *       pinning each release's SHA-256</td></tr>
 *   <tr><td>{@code conflictdata.maven.offline}</td><td>{@code CONFLICTDATA_MAVEN_OFFLINE}</td>
 *       <td>a boolean: the kernel's {@code %maven} uses the local repository only</td></tr>
 *   <tr><td>{@code conflictdata.trace}</td><td>{@code CONFLICTDATA_TRACE}</td><td>a boolean: the
 *       reader prints its phase timings (README "Performance")</td></tr>
 * </table>
 *
 * <p>A boolean accepts {@code 1/0}, {@code true/false}, {@code yes/no} and {@code on/off} in any
 * case; any other value is an {@link IllegalArgumentException} naming the setting. {@link
 * #current()} reads a snapshot; a {@code Releases} or API client reads it once when it is made.
 */
public final class Settings {
  /** System property of the cache folder. */
  public static final String CACHE_PROPERTY = "conflictdata.cache";
  /** Environment variable of the cache folder. */
  public static final String CACHE_ENV = "CONFLICTDATA_CACHE";
  /** System property of offline mode. */
  public static final String OFFLINE_PROPERTY = "conflictdata.offline";
  /** Environment variable of offline mode. */
  public static final String OFFLINE_ENV = "CONFLICTDATA_OFFLINE";
  /** System property of the mirror base URL. */
  public static final String MIRROR_PROPERTY = "conflictdata.mirror";
  /** Environment variable of the mirror base URL. */
  public static final String MIRROR_ENV = "CONFLICTDATA_MIRROR";
  /** System property of the lock file. */
  public static final String LOCK_PROPERTY = "conflictdata.lock";
  /** Environment variable of the lock file. */
  public static final String LOCK_ENV = "CONFLICTDATA_LOCK";
  /** System property of the kernel's offline {@code %maven}. */
  public static final String MAVEN_OFFLINE_PROPERTY = "conflictdata.maven.offline";
  /** Environment variable of the kernel's offline {@code %maven}. */
  public static final String MAVEN_OFFLINE_ENV = "CONFLICTDATA_MAVEN_OFFLINE";

  private final Path cacheDir;
  private final boolean offline;
  private final String mirror;
  private final Path lockFile;

  private Settings(Path cacheDir, boolean offline, String mirror, Path lockFile) {
    this.cacheDir = Objects.requireNonNull(cacheDir, "cacheDir");
    this.offline = offline;
    this.mirror = mirror == null || mirror.isBlank() ? null : mirror.trim().replaceAll("/+$", "");
    this.lockFile = lockFile;
  }

  /**
   * Settings given in code rather than read from the environment.
   *
   * @param cacheDir the cache folder
   * @param mirror a mirror base URL, or null for none
   * @param offline true to never use the network
   * @param lockFile the lock file, or null for none
   * @return the settings
   */
  public static Settings of(Path cacheDir, String mirror, boolean offline, Path lockFile) {
    return new Settings(cacheDir, offline, mirror, lockFile);
  }

  /**
   * The settings as the system properties and environment variables give them now.
   *
   * @return a snapshot of the settings
   * @throws IllegalArgumentException if a boolean setting has a value that is not a boolean
   */
  public static Settings current() {
    return read(System::getProperty, System::getenv);
  }

  /**
   * The settings from the given lookups (for tests, or a program with its own configuration).
   *
   * @param properties the system property of a name, or null
   * @param environment the environment variable of a name, or null
   * @return the settings
   * @throws IllegalArgumentException if a boolean setting has a value that is not a boolean
   */
  public static Settings read(UnaryOperator<String> properties, UnaryOperator<String> environment) {
    String cache = value(properties, environment, CACHE_PROPERTY, CACHE_ENV);
    Path dir;
    if (cache != null) {
      dir = Path.of(cache);
    } else {
      String xdg = environment.apply("XDG_CACHE_HOME");
      String home = properties.apply("user.home");
      dir = xdg != null && !xdg.isBlank() ? Path.of(xdg, "conflictdata")
          : Path.of(home == null ? "." : home, ".cache", "conflictdata");
    }
    String lock = value(properties, environment, LOCK_PROPERTY, LOCK_ENV);
    return new Settings(dir,
        flag(properties, environment, OFFLINE_PROPERTY, OFFLINE_ENV, false),
        value(properties, environment, MIRROR_PROPERTY, MIRROR_ENV),
        lock == null ? null : Path.of(lock));
  }

  /**
   * A boolean setting: the system property if set, else the environment variable, else {@code
   * dflt}.
   *
   * @param property the system property's name
   * @param env the environment variable's name
   * @param dflt the value when neither is set
   * @return the setting's value
   * @throws IllegalArgumentException if the value is not one of the accepted booleans
   */
  public static boolean flag(String property, String env, boolean dflt) {
    return flag(System::getProperty, System::getenv, property, env, dflt);
  }

  /**
   * A text setting: the system property if set, else the environment variable, blanks trimmed.
   *
   * @param property the system property's name
   * @param env the environment variable's name
   * @return the value, or null when neither is set (or both are blank)
   */
  public static String text(String property, String env) {
    return value(System::getProperty, System::getenv, property, env);
  }

  private static boolean flag(UnaryOperator<String> properties, UnaryOperator<String> environment,
      String property, String env, boolean dflt) {
    String p = blankToNull(properties.apply(property));
    if (p != null) {
      return parseBoolean("system property " + property, p);
    }
    String e = blankToNull(environment.apply(env));
    return e == null ? dflt : parseBoolean("environment variable " + env, e);
  }

  /**
   * Reads a boolean as settings write it: {@code 1/0}, {@code true/false}, {@code yes/no} or
   * {@code on/off}, in any case, surrounding blanks ignored.
   *
   * @param setting what the value is for, named in the error (e.g. "CONFLICTDATA_OFFLINE")
   * @param value the text
   * @return the boolean
   * @throws IllegalArgumentException if the text is none of those
   */
  public static boolean parseBoolean(String setting, String value) {
    String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    switch (v) {
      case "1", "true", "yes", "on":
        return true;
      case "0", "false", "no", "off":
        return false;
      default:
        throw new IllegalArgumentException(setting + " is \"" + value + "\", which is not a"
            + " boolean: use 1/0, true/false, yes/no or on/off (any case)");
    }
  }

  private static String value(UnaryOperator<String> properties, UnaryOperator<String> environment,
      String property, String env) {
    String p = blankToNull(properties.apply(property));
    return p != null ? p : blankToNull(environment.apply(env));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /**
   * The cache folder.
   *
   * @return the folder (it may not exist yet)
   */
  public Path cacheDir() {
    return cacheDir;
  }

  /**
   * Whether the network is never used.
   *
   * @return true in offline mode
   */
  public boolean offline() {
    return offline;
  }

  /**
   * The mirror base URL, without a trailing slash.
   *
   * @return the mirror, or empty when publishers are called directly
   */
  public Optional<String> mirror() {
    return Optional.ofNullable(mirror);
  }

  /**
   * The lock file.
   *
   * @return the lock file, or empty when none is set
   */
  public Optional<Path> lockFile() {
    return Optional.ofNullable(lockFile);
  }

  /**
   * The URL to call for a publisher's URL: itself, or {@code MIRROR/host[:port]/path?query} when a
   * mirror is set. A URL already under the mirror is returned unchanged.
   *
   * @param publisherUrl the publisher's URL
   * @return the URL to fetch
   */
  public URI resolve(URI publisherUrl) {
    if (mirror == null || publisherUrl.toString().startsWith(mirror + "/")) {
      return publisherUrl;
    }
    String host = publisherUrl.getHost() + (publisherUrl.getPort() > 0 ? ":" + publisherUrl.getPort() : "");
    String path = publisherUrl.getRawPath() == null ? "" : publisherUrl.getRawPath();
    String q = publisherUrl.getRawQuery();
    return URI.create(mirror + "/" + host + path + (q == null ? "" : "?" + q));
  }

  @Override
  public String toString() {
    return "Settings[cache=" + cacheDir + ", offline=" + offline + ", mirror="
        + (mirror == null ? "none" : mirror) + ", lock=" + (lockFile == null ? "none" : lockFile)
        + "]";
  }
}
