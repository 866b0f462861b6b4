package io.github.conflictdata.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * IJava's magics, so that IJava notebooks run: {@code %classpath} and {@code %jars} (paths and
 * globs; BeakerX's {@code %classpath add jar X} too), {@code %maven g:a:v} (transitive), {@code
 * %mavenRepo ID URL}, {@code %%loadFromPOM} (a POM or {@code <dependency>}/{@code <repository>}
 * elements), {@code %load FILE} (.jsh, .jshell, .java or .ipynb; the extension may be left out),
 * {@code %time} (line) and {@code %%time} (cell), and rapaio's {@code %jshell /vars} (also
 * {@code /types}, {@code /methods}, {@code /imports}). Line magics also work as values: {@code
 * List<String> jars = %jars lib/*.jar} (see {@link InlineMagics}).
 */
final class Magics {
  /** Line magic names. */
  static final List<String> NAMES = List.of("classpath", "jars", "maven", "mavenRepo", "load", "time", "jshell");

  /** Cell magic names. */
  static final List<String> CELL_NAMES = List.of("loadFromPOM", "time");

  /** Extensions {@code %load} tries, in order, for a name given without one. */
  static final List<String> LOAD_EXTENSIONS = List.of(".jsh", ".jshell", ".java", ".ipynb");

  private final Evaluator evaluator;
  /** Repositories added by %mavenRepo or a POM's repositories: {id, url}. */
  private final List<String[]> repositories = new java.util.concurrent.CopyOnWriteArrayList<>();

  Magics(Evaluator evaluator) {
    this.evaluator = evaluator;
  }

  /** A magic that cannot do what was asked; the message says why. */
  static final class MagicException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    MagicException(String message) {
      super(message);
    }
  }

  /** Runs a line magic as a statement; {@code text} is the line without its {@code %}. */
  Outcome line(String text, String label) {
    String name = text.split("\\s+", 2)[0];
    String args = text.length() > name.length() ? text.substring(name.length()).trim() : "";
    try {
      switch (name) {
        case "load" -> {
          return load(args);
        }
        case "time" -> {
          return time(args, label);
        }
        case "jshell" -> {
          return Outcome.success(MimeBundle.text(jshell(args)));
        }
        default -> {
          if (!NAMES.contains(name)) {
            return unknown("%" + name);
          }
          run(name, args);
          return Outcome.success(null);
        }
      }
    } catch (IllegalArgumentException e) {
      return Outcome.error("MagicError", e.getMessage(), List.of("%" + name + ": " + e.getMessage()));
    }
  }

  /**
   * Runs a line magic for its value (a magic used inside code): {@code %jars}, {@code
   * %classpath} and {@code %maven} return the paths they added as a {@code List<String>};
   * {@code %jshell} its text; the others null.
   *
   * @throws Notebook.EvalException when the magic fails or is unknown
   */
  Object value(String name, String args) {
    try {
      return run(name, args);
    } catch (IllegalArgumentException e) {
      throw new Notebook.EvalException("%" + name + ": " + e.getMessage());
    }
  }

  private Object run(String name, String args) {
    {
      switch (name) {
        case "classpath", "jars" -> {
          return classpath(args);
        }
        case "maven" -> {
          return maven(args);
        }
        case "mavenRepo" -> {
          mavenRepo(args);
          return null;
        }
        case "jshell" -> {
          return jshell(args);
        }
        case "load" -> {
          Outcome o = load(args);
          if (!o.ok()) {
            throw new MagicException(o.evalue());
          }
          return null;
        }
        default -> throw new MagicException(unknownMessage("%" + name));
      }
    }
  }

  /** Runs a cell magic; {@code line} is the first line without its {@code %%}. */
  Outcome cell(String line, String body, String label) {
    String name = line.split("\\s+", 2)[0];
    try {
      switch (name) {
        case "time" -> {
          return time(body, label);
        }
        case "loadFromPOM" -> {
          loadFromPom(body);
          return Outcome.success(null);
        }
        default -> {
          return unknown("%%" + name);
        }
      }
    } catch (IllegalArgumentException e) {
      return Outcome.error("MagicError", e.getMessage(), List.of("%%" + name + ": " + e.getMessage()));
    }
  }

  private static String unknownMessage(String magic) {
    return "unknown magic " + magic + "; known line magics: "
        + NAMES.stream().map(n -> "%" + n).collect(Collectors.joining(", "))
        + "; cell magics: " + CELL_NAMES.stream().map(n -> "%%" + n).collect(Collectors.joining(", "));
  }

  private static Outcome unknown(String magic) {
    String msg = unknownMessage(magic);
    return Outcome.error("UnknownMagic", msg, List.of("UnknownMagic: " + msg));
  }

  /** %jars / %classpath: the absolute paths added (a glob that matches nothing adds nothing, with a warning). */
  private List<String> classpath(String args) {
    String a = args.strip();
    // BeakerX's "%classpath add jar X" and "%classpath add mvn g a v"
    if (a.startsWith("add mvn ") || a.startsWith("add maven ")) {
      String[] p = a.substring(a.indexOf(' ', 4) + 1).trim().split("[\\s:]+");
      if (p.length < 3) {
        throw new MagicException("expected %classpath add mvn GROUP ARTIFACT VERSION");
      }
      return maven(p[0] + ":" + p[1] + ":" + p[2]);
    }
    if (a.startsWith("add jar ")) {
      a = a.substring("add jar ".length());
    } else if (a.startsWith("add ")) {
      a = a.substring("add ".length());
    }
    if (a.isBlank()) {
      throw new MagicException("expected one or more paths or globs, e.g. %jars lib/*.jar");
    }
    List<String> added = new ArrayList<>();
    for (String arg : splitArgs(a)) {
      for (String part : arg.split(File.pathSeparator)) {
        if (part.isBlank()) {
          continue;
        }
        List<Path> paths = glob(part);
        if (paths.isEmpty()) {
          String where = " (relative paths start at " + Path.of("").toAbsolutePath() + ")";
          if (indexOfGlob(part) < 0) {
            throw new MagicException("no such file: " + part + where);
          }
          evaluator.sink().stream("stderr", "warning: no file matches " + part + where + "\n");
        }
        for (Path p : paths) {
          String s = p.toString();
          if (!evaluator.addedClassPath().contains(s)) {
            evaluator.addToClassPath(s);
          }
          added.add(s);
        }
      }
    }
    return added;
  }

  /** The files matching {@code pattern} (a path or a glob), absolute, sorted. */
  static List<Path> glob(String pattern) {
    String expanded = pattern.startsWith("~" + File.separator) || pattern.equals("~")
        ? System.getProperty("user.home") + pattern.substring(1)
        : pattern;
    int firstGlob = indexOfGlob(expanded);
    if (firstGlob < 0) {
      Path p = Path.of(expanded).toAbsolutePath().normalize();
      return Files.exists(p) ? List.of(p) : List.of();
    }
    int sep = expanded.lastIndexOf(File.separatorChar, firstGlob);
    Path base = (sep < 0 ? Path.of("") : Path.of(sep == 0 ? File.separator : expanded.substring(0, sep)))
        .toAbsolutePath().normalize();
    String rest = sep < 0 ? expanded : expanded.substring(sep + 1);
    String full = base.toString().replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?")
        .replace("[", "\\[").replace("{", "\\{") + File.separator + rest;
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + full);
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    int depth = rest.contains("**") ? Integer.MAX_VALUE : rest.split(File.separator.equals("\\") ? "\\\\" : File.separator).length;
    try (Stream<Path> s = Files.walk(base, depth)) {
      return s.filter(m::matches).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot list " + base + ": " + e.getMessage());
    }
  }

  static int indexOfGlob(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }

  private static List<String> splitArgs(String args) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    for (char c : args.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          cur.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (Character.isWhitespace(c)) {
        if (cur.length() > 0) {
          out.add(cur.toString());
          cur.setLength(0);
        }
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString());
    }
    return out;
  }

  private static boolean offlineByDefault() {
    return io.github.conflictdata.Settings.flag(io.github.conflictdata.Settings.MAVEN_OFFLINE_PROPERTY,
        io.github.conflictdata.Settings.MAVEN_OFFLINE_ENV, false);
  }

  private MavenResolver resolver(boolean offline) {
    try {
      MavenResolver r = MavenResolver.standard(offline);
      return r.withRepositories(repositories);
    } catch (NoClassDefFoundError e) {
      throw new MagicException("Maven resolution needs Maven Resolver on the kernel's class path "
          + "(org.apache.maven.resolver:maven-resolver-supplier-mvn3); use the conflictdata kernel jar");
    }
  }

  /** %maven: the jars resolved (the artifact and its runtime dependencies). */
  private List<String> maven(String args) {
    List<String> coords = new ArrayList<>();
    boolean offline = offlineByDefault();
    for (String a : splitArgs(args)) {
      if (a.equals("--offline")) {
        offline = true;
      } else {
        coords.add(a);
      }
    }
    if (coords.isEmpty()) {
      throw new MagicException("expected groupId:artifactId:version, e.g. %maven org.apache.commons:commons-csv:1.12.0");
    }
    MavenResolver resolver = resolver(offline);
    List<String> all = new ArrayList<>();
    for (String c : coords) {
      all.addAll(addJars(c, resolver.resolve(c)));
    }
    return all;
  }

  private List<String> addJars(String what, List<Path> jars) {
    List<String> present = ClassPaths.current();
    List<String> out = new ArrayList<>();
    int added = 0;
    for (Path jar : jars) {
      String s = jar.toAbsolutePath().toString();
      out.add(s);
      if (!present.contains(s) && !evaluator.addedClassPath().contains(s)) {
        evaluator.addToClassPath(s);
        added++;
      }
    }
    evaluator.sink().stream("stdout", String.format(Locale.ROOT,
        "%s: %d jar%s resolved, %d added to the class path%n", what, jars.size(), jars.size() == 1 ? "" : "s", added));
    return out;
  }

  /** %mavenRepo ID URL: a repository that later %maven and %%loadFromPOM also search. */
  private void mavenRepo(String args) {
    List<String> a = splitArgs(args);
    if (a.size() != 2) {
      throw new MagicException("expected %mavenRepo ID URL, e.g. %mavenRepo jitpack https://jitpack.io");
    }
    addRepository(a.get(0), a.get(1));
  }

  private void addRepository(String id, String url) {
    if (!url.matches("(?i)(https?|file)://.+")) {
      throw new MagicException("repository " + id + ": '" + url + "' is not an http(s):// or file:// URL");
    }
    repositories.removeIf(r -> r[0].equals(id));
    repositories.add(new String[] {id, url});
  }

  /**
   * %%loadFromPOM: the cell is a whole POM ({@code <project>}) or any mix of {@code <dependency>},
   * {@code <dependencies>}, {@code <repository>} and {@code <repositories>} elements; the
   * repositories are added, then the dependencies (and theirs) resolved and put on the class path.
   * {@code ${name}} properties of a whole POM's {@code <properties>} are replaced.
   */
  private void loadFromPom(String body) {
    String xml = body.strip();
    if (xml.isEmpty()) {
      throw new MagicException("the cell is empty: expected <dependency> elements or a POM");
    }
    Element root = parseXml(xml);
    Map<String, String> props = new java.util.HashMap<>();
    for (Element p : children(root, "properties")) {
      for (Node n = p.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e) {
          props.put(e.getTagName(), e.getTextContent().trim());
        }
      }
    }
    for (Element r : descendants(root, "repository")) {
      String id = text(r, "id", props);
      String url = text(r, "url", props);
      if (url == null) {
        throw new MagicException("a <repository> has no <url>");
      }
      addRepository(id == null ? "repo" + (repositories.size() + 1) : id, url);
    }
    List<String> coords = new ArrayList<>();
    for (Element d : descendants(root, "dependency")) {
      if (d.getParentNode() instanceof Element parent && parent.getTagName().equals("dependencies")
          && parent.getParentNode() instanceof Element gp && gp.getTagName().equals("dependencyManagement")) {
        continue; // managed versions, not dependencies
      }
      if (d.getParentNode() instanceof Element parent && parent.getTagName().equals("exclusion")) {
        continue;
      }
      String g = text(d, "groupId", props);
      String a = text(d, "artifactId", props);
      String v = text(d, "version", props);
      if (g == null || a == null || v == null) {
        throw new MagicException("a <dependency> needs <groupId>, <artifactId> and <version>; got "
            + g + ":" + a + ":" + v);
      }
      String scope = text(d, "scope", props);
      if ("test".equals(scope) || "provided".equals(scope) || "system".equals(scope)) {
        evaluator.sink().stream("stdout", g + ":" + a + ":" + v + ": scope " + scope + ", not loaded\n");
        continue;
      }
      String type = text(d, "type", props);
      String classifier = text(d, "classifier", props);
      String ext = type == null ? "jar" : type;
      coords.add(classifier == null ? g + ":" + a + ":" + ext + ":" + v : g + ":" + a + ":" + ext + ":" + classifier + ":" + v);
    }
    if (coords.isEmpty()) {
      if (!descendants(root, "repository").isEmpty()) {
        return;
      }
      throw new MagicException("no <dependency> or <repository> element found");
    }
    MavenResolver resolver = resolver(offlineByDefault());
    for (String c : coords) {
      addJars(c, resolver.resolve(c));
    }
  }

  private static Element parseXml(String xml) {
    String doc = xml.startsWith("<?xml") || xml.startsWith("<project") ? xml : "<fragment>" + xml + "</fragment>";
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setExpandEntityReferences(false);
      f.setNamespaceAware(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      Document d = b.parse(new InputSource(new StringReader(doc)));
      return d.getDocumentElement();
    } catch (SAXParseException e) {
      int line = e.getLineNumber();
      throw new MagicException("the cell is not well-formed XML at line " + line + ", column "
          + e.getColumnNumber() + ": " + e.getMessage());
    } catch (SAXException | IOException | ParserConfigurationException e) {
      throw new MagicException("cannot read the cell as XML: " + e.getMessage());
    }
  }

  private static List<Element> descendants(Element root, String tag) {
    List<Element> out = new ArrayList<>();
    NodeList nl = root.getElementsByTagName(tag);
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((Element) nl.item(i));
    }
    if (root.getTagName().equals(tag)) {
      out.add(0, root);
    }
    return out;
  }

  private static List<Element> children(Element e, String tag) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(tag)) {
        out.add(c);
      }
    }
    return out;
  }

  private static String text(Element e, String tag, Map<String, String> props) {
    List<Element> c = children(e, tag);
    if (c.isEmpty()) {
      return null;
    }
    String t = c.get(0).getTextContent().trim();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([^}]+)}").matcher(t);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String v = props.get(m.group(1));
      if (v == null) {
        throw new MagicException("<" + tag + ">" + t + "</" + tag + ">: property ${" + m.group(1) + "} is not defined");
      }
      m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(v));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  /** %jshell /vars, /types, /methods, /imports: what the session holds, as JShell lists it. */
  private String jshell(String args) {
    return evaluator.listing(args.strip());
  }

  /** The file %load reads for {@code name}: the file itself, else name plus one of {@link #LOAD_EXTENSIONS}. */
  static Path loadTarget(String name) {
    List<Path> paths = glob(name);
    if (paths.size() == 1 && Files.isRegularFile(paths.get(0))) {
      return paths.get(0);
    }
    if (paths.size() > 1) {
      throw new MagicException(name + " matches " + paths.size() + " files");
    }
    for (String ext : LOAD_EXTENSIONS) {
      Path p = Path.of(name + ext).toAbsolutePath().normalize();
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new MagicException("no such file: " + name + " (also tried "
        + String.join(", ", LOAD_EXTENSIONS) + "; relative paths start at " + Path.of("").toAbsolutePath() + ")");
  }

  private Outcome load(String args) {
    List<String> files = splitArgs(args);
    if (files.size() != 1) {
      throw new MagicException("expected one file, e.g. %load setup.jsh");
    }
    Path path = loadTarget(files.get(0));
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MagicException("cannot read " + path + ": " + e.getMessage());
    }
    String file = path.getFileName().toString();
    if (!file.endsWith(".ipynb")) {
      return evaluator.runLines(text, file);
    }
    List<String> cells = notebookCells(path, text);
    Outcome last = Outcome.success(null);
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String label = file + " cell " + (i + 1);
      String lead = cell.stripLeading();
      if (lead.startsWith("%%")) {
        int nl = lead.indexOf('\n');
        last = cell(nl < 0 ? lead.substring(2).trim() : lead.substring(2, nl).trim(), nl < 0 ? "" : lead.substring(nl + 1), label);
      } else {
        last = evaluator.runLines(cell, label);
      }
      if (!last.ok()) {
        List<String> tb = new ArrayList<>(last.traceback());
        tb.add("(while loading " + path + ", code cell " + (i + 1) + " of " + cells.size() + ")");
        return Outcome.error(last.ename(), last.evalue() + " (in " + label + ")", tb);
      }
      if (evaluator.stopRequested()) {
        return evaluator.interrupted();
      }
    }
    return last;
  }

  /** The code cells of a notebook, in order, each as one string. */
  static List<String> notebookCells(Path path, String json) {
    JsonObject nb;
    try {
      nb = JsonParser.parseString(json).getAsJsonObject();
    } catch (RuntimeException e) {
      throw new MagicException(path + " is not a Jupyter notebook (not JSON: " + e.getMessage() + ")");
    }
    if (!nb.has("cells") || !nb.get("cells").isJsonArray()) {
      throw new MagicException(path + " is not a Jupyter notebook (no \"cells\" list; nbformat 4 is expected)");
    }
    List<String> out = new ArrayList<>();
    for (JsonElement c : nb.getAsJsonArray("cells")) {
      JsonObject cell = c.getAsJsonObject();
      if (!cell.has("cell_type") || !"code".equals(cell.get("cell_type").getAsString()) || !cell.has("source")) {
        continue;
      }
      JsonElement src = cell.get("source");
      StringBuilder sb = new StringBuilder();
      if (src.isJsonArray()) {
        for (JsonElement line : (JsonArray) src) {
          sb.append(line.getAsString());
        }
      } else {
        sb.append(src.getAsString());
      }
      out.add(sb.toString());
    }
    return out;
  }

  private Outcome time(String code, String label) {
    long t0 = System.nanoTime();
    long r0 = ValueCapture.runNanos();
    Outcome o = evaluator.runLines(code, label);
    long wall = System.nanoTime() - t0;
    long run = Math.min(wall, ValueCapture.runNanos() - r0);
    evaluator.sink().stream("stdout", "Wall time: " + formatDuration(wall) + " (compile "
        + formatDuration(wall - run) + ", run " + formatDuration(run) + ")\n");
    return o;
  }

  /** "812 µs", "12.3 ms", "4.56 s". */
  static String formatDuration(long nanos) {
    if (nanos < 1_000_000L) {
      return String.format(Locale.ROOT, "%d \u00b5s", nanos / 1_000);
    }
    if (nanos < 1_000_000_000L) {
      return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }
}
