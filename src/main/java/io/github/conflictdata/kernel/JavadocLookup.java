package io.github.conflictdata.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Javadoc for Shift-Tab where JShell has none (JShell reads only the JDK's {@code src.zip}): for
 * the project's own classes from the sources shipped in the kernel jar ({@code
 * META-INF/conflictdata-sources/}), and for a dependency from its {@code -sources.jar} or {@code
 * -javadoc.jar} next to its jar (as Maven's local repository keeps them).
 */
final class JavadocLookup {
  /** Where the build puts the project's sources inside its jar. */
  static final String SHIPPED = "META-INF/conflictdata-sources/";

  private static final Pattern DOC = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
  private final Map<String, String> sources = new ConcurrentHashMap<>();

  /** A method, constructor or type as JShell's documentation signature names it. */
  record Target(String className, String member, List<String> paramTypes) {}

  /**
   * Parses {@code "Table Table.where(tech.tablesaw.selection.Selection selection)"} or {@code
   * "tech.tablesaw.api.Table"}; null when it cannot.
   */
  static Target parse(String signature) {
    String s = signature.strip();
    int open = s.indexOf('(');
    if (open < 0) {
      String cls = eraseGenerics(s);
      return cls.matches("[\\w.$]+") ? new Target(cls, null, List.of()) : null;
    }
    if (!s.endsWith(")")) {
      return null;
    }
    String head = eraseGenerics(s.substring(0, open));
    String params = s.substring(open + 1, s.length() - 1);
    int dot = head.lastIndexOf('.');
    String member;
    String owner;
    if (dot < 0) {
      // a constructor: "Table(String name)"; the head is the class
      String[] words = head.trim().split("\\s+");
      owner = words[words.length - 1];
      member = "<init>";
    } else {
      member = head.substring(dot + 1).trim();
      String[] words = head.substring(0, dot).trim().split("\\s+");
      owner = words[words.length - 1];
    }
    List<String> types = new ArrayList<>();
    for (String p : splitTopLevel(params)) {
      if (p.isBlank()) {
        continue;
      }
      String t = eraseGenerics(p.strip());
      int sp = t.lastIndexOf(' ');
      types.add(simpleType(sp < 0 ? t : t.substring(0, sp)));
    }
    return new Target(owner, member, types);
  }

  private static String eraseGenerics(String s) {
    StringBuilder sb = new StringBuilder();
    int depth = 0;
    for (char c : s.toCharArray()) {
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (depth == 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static List<String> splitTopLevel(String params) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < params.length(); i++) {
      char c = params.charAt(i);
      if (c == '<' || c == '(') {
        depth++;
      } else if (c == '>' || c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(params.substring(start, i));
        start = i + 1;
      }
    }
    out.add(params.substring(start));
    return out;
  }

  /** {@code java.util.Collection} to {@code Collection}; varargs as arrays. */
  private static String simpleType(String t) {
    String s = eraseGenerics(t).replace("...", "[]").replaceAll("\\s+", "").replaceAll("^final", "");
    s = s.replaceAll("@\\w+", "");
    int dot = s.lastIndexOf('.', s.indexOf('[') < 0 ? s.length() : s.indexOf('['));
    return dot < 0 ? s : s.substring(dot + 1);
  }

  /**
   * The javadoc of {@code target} as plain text, or null.
   *
   * @param imports the session's imports ({@code java.util.*}, {@code a.b.C})
   * @param classPath the session's class path entries
   */
  String find(Target target, List<String> imports, List<String> classPath) {
    for (String fqn : candidates(target.className(), imports)) {
      String resource = fqn.replace('.', '/') + ".class";
      URL url = locate(resource, classPath);
      if (url == null) {
        continue;
      }
      String topLevel = fqn.contains("$") ? fqn.substring(0, fqn.indexOf('$')) : fqn;
      String simple = fqn.substring(fqn.lastIndexOf('.') + 1);
      simple = simple.substring(simple.lastIndexOf('$') + 1);
      String src = source(url, topLevel.replace('.', '/') + ".java");
      if (src != null) {
        String doc = fromSource(src, simple, target);
        if (doc != null) {
          return doc;
        }
      }
      String html = javadocHtml(url, topLevel.replace('.', '/') + (fqn.contains("$") ? fqn.substring(fqn.indexOf('$')).replace('$', '.') : "") + ".html");
      if (html != null) {
        String doc = fromHtml(html, target);
        if (doc != null) {
          return doc;
        }
      }
    }
    return null;
  }

  private static List<String> candidates(String cls, List<String> imports) {
    List<String> out = new ArrayList<>();
    if (cls.contains(".")) {
      // qualified: the last parts may be nested classes
      out.add(cls);
      String c = cls;
      int dot;
      while ((dot = c.lastIndexOf('.')) > 0 && Character.isUpperCase(c.charAt(c.lastIndexOf('.', dot - 1) + 1))) {
        c = c.substring(0, dot) + "$" + c.substring(dot + 1);
        out.add(c);
      }
      String first = cls.substring(0, cls.indexOf('.'));
      if (Character.isUpperCase(first.charAt(0))) {
        for (String nested : candidates(first, imports)) {
          out.add(nested + cls.substring(first.length()).replace('.', '$'));
        }
      }
      return out;
    }
    for (String imp : imports) {
      if (imp.endsWith("." + cls)) {
        out.add(imp);
      }
    }
    for (String imp : imports) {
      if (imp.endsWith(".*")) {
        out.add(imp.substring(0, imp.length() - 1) + cls);
      }
    }
    return out;
  }

  private static URL locate(String resource, List<String> classPath) {
    URL url = JavadocLookup.class.getClassLoader().getResource(resource);
    if (url != null) {
      return url;
    }
    List<URL> urls = new ArrayList<>();
    for (String e : classPath) {
      try {
        urls.add(Path.of(e).toUri().toURL());
      } catch (IOException | RuntimeException ex) {
        // not a usable path
      }
    }
    try (URLClassLoader l = new URLClassLoader(urls.toArray(new URL[0]), null)) {
      return l.findResource(resource);
    } catch (IOException e) {
      return null;
    }
  }

  /** The jar or class directory {@code url} (a class file) comes from. */
  private static Path origin(URL url) {
    try {
      if (url.getProtocol().equals("jar")) {
        JarURLConnection c = (JarURLConnection) url.openConnection();
        c.setUseCaches(false);
        return Path.of(c.getJarFileURL().toURI());
      }
      if (url.getProtocol().equals("file")) {
        return Path.of(url.toURI());
      }
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      return null;
    }
    return null;
  }

  private String source(URL classUrl, String javaPath) {
    Path from = origin(classUrl);
    if (from == null) {
      return null;
    }
    List<String[]> places = new ArrayList<>();
    if (from.toString().endsWith(".jar")) {
      String jar = from.toString();
      places.add(new String[] {jar, SHIPPED + javaPath});
      places.add(new String[] {jar.substring(0, jar.length() - 4) + "-sources.jar", javaPath});
    } else {
      // a class directory: target/classes/a/b/C.class
      Path root = from;
      for (int i = 0; i < javaPath.split("/").length && root != null; i++) {
        root = root.getParent();
      }
      if (root != null) {
        places.add(new String[] {root.resolve(SHIPPED + javaPath).toString(), null});
        Path project = root.getParent() == null ? null : root.getParent().getParent();
        if (project != null) {
          places.add(new String[] {project.resolve("src/main/java").resolve(javaPath).toString(), null});
        }
      }
    }
    for (String[] p : places) {
      String key = p[0] + "!" + p[1];
      String cached = sources.get(key);
      if (cached != null) {
        if (cached.isEmpty()) {
          continue;
        }
        return cached;
      }
      String text = read(p[0], p[1]);
      sources.put(key, text == null ? "" : text);
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  private String javadocHtml(URL classUrl, String htmlPath) {
    Path from = origin(classUrl);
    if (from == null || !from.toString().endsWith(".jar")) {
      return null;
    }
    String jar = from.toString();
    return read(jar.substring(0, jar.length() - 4) + "-javadoc.jar", htmlPath);
  }

  private static String read(String file, String entry) {
    Path p = Path.of(file);
    if (!Files.isRegularFile(p)) {
      return null;
    }
    try {
      if (entry == null) {
        return Files.readString(p, StandardCharsets.UTF_8);
      }
      try (ZipFile z = new ZipFile(p.toFile())) {
        ZipEntry e = z.getEntry(entry);
        if (e == null) {
          return null;
        }
        try (InputStream in = z.getInputStream(e)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The doc comment in {@code src} right before the declaration of {@code target}. */
  static String fromSource(String src, String simpleClass, Target target) {
    Matcher m = DOC.matcher(src);
    String fallback = null;
    while (m.find()) {
      int end = m.end();
      int stop = end;
      int depth = 0;
      while (stop < src.length()) {
        char c = src.charAt(stop);
        if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
        } else if (depth == 0 && (c == '{' || c == ';' || c == '=')) {
          break;
        } else if (depth == 0 && src.startsWith("/**", stop)) {
          break;
        }
        stop++;
      }
      String header = src.substring(end, stop).replaceAll("@\\w+(\\([^)]*\\))?", " ").strip();
      if (target.member() == null) {
        if (header.matches("(?s).*\\b(class|interface|enum|record|@interface)\\s+" + Pattern.quote(simpleClass) + "\\b.*")) {
          return clean(m.group(1));
        }
        continue;
      }
      String name = target.member().equals("<init>") ? simpleClass : target.member();
      Matcher h = Pattern.compile("(?s)(?:^|[\\s>\\]])" + Pattern.quote(name) + "\\s*\\((.*)\\)\\s*(throws.*)?$").matcher(header);
      if (!h.find()) {
        continue;
      }
      List<String> types = new ArrayList<>();
      for (String p : splitTopLevel(h.group(1))) {
        if (p.isBlank()) {
          continue;
        }
        String t = eraseGenerics(p.strip()).replaceAll("\\bfinal\\s+", "");
        int sp = t.lastIndexOf(' ');
        types.add(simpleType(sp < 0 ? t : t.substring(0, sp)));
      }
      if (types.equals(target.paramTypes())) {
        return clean(m.group(1));
      }
      if (fallback == null && types.size() == target.paramTypes().size()) {
        fallback = clean(m.group(1));
      }
    }
    return fallback;
  }

  /** The description block of {@code target} in a javadoc HTML page (Java 8 to 21 layouts). */
  static String fromHtml(String html, Target target) {
    String name = target.member() == null ? null : target.member().equals("<init>") ? "&lt;init&gt;" : target.member();
    int at;
    if (name == null) {
      at = html.indexOf("class=\"block\"");
    } else {
      Matcher a = Pattern.compile("(?:id|name)=\"" + Pattern.quote(name) + "[(-]([^\"]*)\"").matcher(html);
      at = -1;
      while (a.find()) {
        String params = a.group(1).replaceAll("[)-]$", "");
        int n = params.isEmpty() ? 0 : params.split("[,-]").length;
        if (n == target.paramTypes().size()) {
          at = html.indexOf("class=\"block\"", a.end());
          break;
        }
      }
    }
    if (at < 0) {
      return null;
    }
    int start = html.indexOf('>', at) + 1;
    int end = html.indexOf("</div>", start);
    if (start <= 0 || end < 0) {
      return null;
    }
    return htmlToText(html.substring(start, end)).strip();
  }

  /** A doc comment's text: leading stars gone, inline tags and HTML reduced to text. */
  static String clean(String comment) {
    StringBuilder sb = new StringBuilder();
    for (String line : comment.split("\n")) {
      String l = line.strip();
      if (l.startsWith("*")) {
        l = l.substring(1);
        if (l.startsWith(" ")) {
          l = l.substring(1);
        }
      }
      sb.append(l).append('\n');
    }
    String s = sb.toString();
    s = s.replaceAll("\\{@(?:code|literal)\\s+([^}]*)}", "$1");
    s = s.replaceAll("\\{@(?:link|linkplain)\\s+(?:[\\w.]*#)?([^}\\s]+)(?:\\s+([^}]*))?}", "$1");
    s = s.replaceAll("\\{@\\w+\\s*([^}]*)}", "$1");
    s = htmlToText(s);
    return s.replaceAll("\n{3,}", "\n\n").strip();
  }

  private static String htmlToText(String s) {
    return s.replaceAll("(?i)<p>", "\n").replaceAll("(?i)<li>", "\n- ").replaceAll("<[^>]+>", "")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&quot;", "\"")
        .replace("&nbsp;", " ").replace("&#39;", "'");
  }
}
