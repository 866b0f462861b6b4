package io.github.conflictdata.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Suggestion;
import jdk.jshell.UnresolvedReferenceException;

/**
 * One JShell session: evaluates cells (Java snippets and magics), keeps their state, and answers
 * completion, inspection and is-complete questions. Runs in the agent process; user code runs in
 * this JVM on JShell's execution thread, so {@link #stop()} can interrupt it.
 */
public final class Evaluator implements AutoCloseable {
  /** JShell's own default imports (as the {@code jshell} tool starts with), kept as they are. */
  public static final List<String> JSHELL_IMPORTS = List.of(
      "java.io.*",
      "java.math.*",
      "java.net.*",
      "java.nio.file.*",
      "java.util.*",
      "java.util.concurrent.*",
      "java.util.function.*",
      "java.util.prefs.*",
      "java.util.regex.*",
      "java.util.stream.*");

  /**
   * The startup file holding conflictdata's imports (classpath resource; also what a plain {@code
   * jshell --startup} takes, see the README): every public package, Tablesaw's and XChart's.
   */
  public static final String IMPORTS_RESOURCE = "/io/github/conflictdata/imports.jsh";

  /**
   * Imports every session starts with: JShell's own, then those of {@link #IMPORTS_RESOURCE}
   * (conflictdata's packages, Tablesaw's and XChart's).
   */
  public static final List<String> DEFAULT_IMPORTS =
      List.copyOf(concat(JSHELL_IMPORTS, importsOf(IMPORTS_RESOURCE)));

  /** The names imported by the {@code import X;} lines of a startup file on the class path. */
  static List<String> importsOf(String resource) {
    try (java.io.InputStream in = Evaluator.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the kernel's startup imports " + resource
            + " are missing from the class path (src/main/resources)");
      }
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .split("\\R")) {
        String l = line.strip();
        if (l.startsWith("import ") && l.endsWith(";")) {
          out.add(l.substring("import ".length(), l.length() - 1).strip());
        }
      }
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private final JShell shell;
  private final SourceCodeAnalysis analysis;
  private final DisplaySink sink;
  private final Magics magics;
  private final JavadocLookup javadoc = new JavadocLookup();
  private final List<String> addedClassPath = new CopyOnWriteArrayList<>();
  private final List<Consumer<String>> classPathListeners = new CopyOnWriteArrayList<>();
  /** Snippet id -> where it came from, for stack traces: label and first line in that cell. */
  private final Map<String, String[]> origins = Collections.synchronizedMap(new LinkedHashMap<>());
  /**
   * Expression snippets already compiled, by source, to run again without compiling when a cell
   * is re-executed. Cleared whenever a declaration, import or the class path changes.
   */
  private final Map<String, Compiled> compiled = new java.util.HashMap<>();
  private final Map<String, CompletionInfo> parsed = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, CompletionInfo> eldest) {
      return size() > 256;
    }
  };
  private volatile boolean running;
  private volatile boolean stopRequested;

  /** A session on this JVM's class path with the default imports. */
  public Evaluator(DisplaySink sink) {
    this(sink, ClassPaths.current());
  }

  /** A session whose code sees {@code classPath} (absolute entries), with the default imports. */
  public Evaluator(DisplaySink sink, List<String> classPath) {
    this.sink = sink;
    Notebook.connect(sink, this);
    io.github.conflictdata.releases.Releases.setDefaultProgressListener(new DownloadProgress());
    this.shell = JShell.builder()
        .executionEngine(new ValueCapture.Provider(), Map.of())
        .compilerOptions("-Xlint:none", "-proc:none")
        .build();
    this.analysis = shell.sourceCodeAnalysis();
    for (String entry : classPath) {
      shell.addToClasspath(entry);
    }
    this.magics = new Magics(this);
    StringBuilder imports = new StringBuilder();
    for (String imp : DEFAULT_IMPORTS) {
      imports.append("import ").append(imp).append(";\n");
    }
    imports.append("import static io.github.conflictdata.kernel.Notebook.*;\n");
    Outcome o = execute(imports.toString(), "startup");
    if (!o.ok()) {
      throw new IllegalStateException("default imports failed: " + o.traceback());
    }
  }

  /** The session's magics (for line magics used as values). */
  Magics magics() {
    return magics;
  }

  /**
   * rapaio's {@code %jshell /vars} (and {@code /types}, {@code /methods}, {@code /imports}): what
   * the session holds, one declaration a line, as JShell's own commands list it.
   */
  String listing(String command) {
    StringBuilder sb = new StringBuilder();
    switch (command) {
      case "/vars", "/v" -> shell.variables().filter(v -> shell.status(v).isActive()).forEach(v -> {
        String val;
        try {
          val = shell.varValue(v);
        } catch (RuntimeException e) {
          val = "(" + e.getMessage() + ")";
        }
        sb.append(v.typeName()).append(' ').append(v.name()).append(" = ").append(userTerms(val)).append('\n');
      });
      case "/types", "/t" -> shell.types().filter(t -> shell.status(t).isActive())
          .forEach(t -> sb.append(t.subKind().toString().replace("_SUBKIND", "").toLowerCase(Locale.ROOT)
              .replace("_", " ")).append(' ').append(t.name()).append('\n'));
      case "/methods", "/m" -> shell.methods().filter(m -> shell.status(m).isActive())
          .forEach(m -> sb.append(m.name()).append(m.signature().replaceFirst("\\)(.*)$", ")$1")
              .replaceFirst("^\\(([^)]*)\\)(.*)$", "($1) -> $2")).append('\n'));
      case "/imports", "/i" -> shell.imports().filter(i -> shell.status(i).isActive())
          .forEach(i -> sb.append("import ").append(i.isStatic() ? "static " : "").append(i.fullname()).append('\n'));
      default -> throw new Magics.MagicException("unknown JShell command '" + command
          + "'; this kernel answers /vars, /types, /methods and /imports");
    }
    return sb.length() == 0 ? "(none)" : sb.substring(0, sb.length() - 1);
  }

  /** The sink this session writes displays and magic output to. */
  DisplaySink sink() {
    return sink;
  }

  /** Runs a declaration, an expression, a parse and a completion once (class-data-sharing training). */
  public void warmUp() {
    execute("int warm$up = 1 + 1;\nwarm$up", "warm-up");
    analysis.analyzeCompletion("for (int i = 0; i < 3; i++) {");
    analysis.completionSuggestions("Math.ma", 7, new int[1]);
    shell.drop(shell.snippets().filter(s -> s.source().contains("warm$up")).findFirst().orElseThrow());
  }

  /** Runs a cell: Java snippets and magics, in order. The last expression's value is the result. */
  public Outcome execute(String cell) {
    return execute(cell, null);
  }

  /**
   * Runs a cell.
   *
   * @param label how stack traces name this cell, e.g. {@code "[3]"}; null for "this cell"
   */
  public Outcome execute(String cell, String label) {
    stopRequested = false;
    running = true;
    try {
      String lead = withoutLeadingComments(cell);
      if (lead.startsWith("%%")) {
        int nl = lead.indexOf('\n');
        String line = nl < 0 ? lead : lead.substring(0, nl);
        String body = nl < 0 ? "" : lead.substring(nl + 1);
        return magics.cell(line.substring(2).trim(), body, label);
      }
      return runLines(cell, label);
    } finally {
      running = false;
    }
  }

  /** The cell from its first line that is neither blank nor a {@code //} comment. */
  static String withoutLeadingComments(String cell) {
    int pos = 0;
    while (pos < cell.length()) {
      int nl = cell.indexOf('\n', pos);
      String line = (nl < 0 ? cell.substring(pos) : cell.substring(pos, nl)).strip();
      if (!line.isEmpty() && !line.startsWith("//")) {
        return cell.substring(pos).stripLeading();
      }
      if (nl < 0) {
        return "";
      }
      pos = nl + 1;
    }
    return "";
  }

  Outcome runLines(String cell, String label) {
    cell = InlineMagics.transform(cell);
    Outcome last = Outcome.success(null);
    int segStart = 0;
    int pos = 0;
    while (pos <= cell.length()) {
      int nl = cell.indexOf('\n', pos);
      int end = nl < 0 ? cell.length() : nl;
      String line = cell.substring(pos, end);
      String t = line.stripLeading();
      if (t.startsWith("%%")) {
        String name = t.substring(2).split("\\s+", 2)[0];
        String msg = "the cell magic %%" + name + " must be the first line of its cell"
            + (Magics.CELL_NAMES.contains(name) ? "" : " (and it is not one of this kernel's: "
                + Magics.CELL_NAMES.stream().map(n -> "%%" + n).collect(Collectors.joining(", ")) + ")");
        return Outcome.error("MagicError", "line " + lineOf(cell, pos) + ": " + msg, List.of("MagicError: " + msg));
      }
      if (t.startsWith("%")) {
        if (!cell.substring(segStart, pos).isBlank()) {
          last = evalCode(cell, segStart, pos, label);
          if (!last.ok()) {
            return last;
          }
        }
        last = magics.line(t.substring(1).trim(), label);
        if (!last.ok() || stopRequested) {
          return stopRequested && last.ok() ? interrupted() : last;
        }
        segStart = end + 1;
      }
      if (nl < 0) {
        break;
      }
      pos = nl + 1;
    }
    if (segStart < cell.length() && !cell.substring(segStart).isBlank()) {
      last = evalCode(cell, segStart, cell.length(), label);
    }
    return last;
  }

  /**
   * Evaluates the Java code in {@code cell[from, to)} snippet by snippet; stops at the first error.
   * The result is the value of the last snippet if it is an expression.
   */
  Outcome evalCode(String cell, int from, int to, String label) {
    Value[] last = new Value[1];
    Outcome error = evalValues(cell, from, to, label, false, last);
    if (error != null) {
      return error;
    }
    return Outcome.success(last[0] == null ? null : render(last[0]));
  }

  /**
   * Evaluates {@code cell[from, to)}; returns the first error, or null with the last snippet's
   * value in {@code last[0]} (null when it shows nothing). {@code forValue}: keep the value even
   * after a semicolon ({@code eval}).
   */
  private Outcome evalValues(String cell, int from, int to, String label, boolean forValue, Value[] last) {
    int pos = from;
    while (pos < to) {
      String rest = cell.substring(pos, to);
      if (rest.isBlank()) {
        break;
      }
      int lead = rest.length() - rest.stripLeading().length();
      pos += lead;
      rest = rest.substring(lead);
      CompletionInfo ci;
      synchronized (parsed) {
        ci = parsed.get(rest);
      }
      if (ci == null) {
        ci = analysis.analyzeCompletion(rest);
        synchronized (parsed) {
          parsed.put(rest, ci);
        }
      }
      String src;
      int consumed;
      switch (ci.completeness()) {
        case COMPLETE, COMPLETE_WITH_SEMI -> {
          src = ci.source();
          consumed = rest.length() - ci.remaining().length();
        }
        case EMPTY -> {
          src = null;
          consumed = rest.length() - ci.remaining().length();
          if (consumed <= 0) {
            consumed = rest.length();
          }
        }
        default -> {
          src = rest;
          consumed = rest.length();
        }
      }
      if (src != null && !src.isBlank()) {
        // as IJava (and the notebooks written for it) expect, a trailing semicolon does not hide
        // an expression's value: "Hello Out!"; and chart.toString(); are shown
        Snippetresult r = evalSnippet(src, cell, pos, label, false);
        if (r.error != null) {
          return r.error;
        }
        last[0] = r.value;
      }
      pos += consumed;
    }
    return null;
  }

  /** What a snippet evaluated to: the object, and JShell's text for it (the fallback). */
  private record Value(Object object, String text) {}

  private MimeBundle render(Value v) {
    try {
      return Renderers.render(v.object());
    } catch (RuntimeException | LinkageError re) {
      sink.stream("stderr", "warning: cannot render the result (" + re + "); showing it as text\n");
      return MimeBundle.text(v.text() != null ? v.text() : Renderers.safePlain(v.object()));
    }
  }

  /**
   * IJava's {@code eval(code)}: evaluates Java code inside a running cell and returns the value
   * of its last expression (null when it ends in a declaration or statement). A compile error
   * throws {@link Notebook.EvalException}; an exception thrown by the code is rethrown as it is.
   */
  Object evalForValue(String code) throws Throwable {
    code = InlineMagics.transform(code);
    Value[] last = new Value[1];
    Outcome error = evalValues(code, 0, code.length(), "eval", true, last);
    if (error != null) {
      Throwable thrown = ValueCapture.takeThrown();
      if (thrown != null && thrown.getClass().getName().equals(error.ename())) {
        throw thrown;
      }
      throw new Notebook.EvalException(error.ename() + ": " + error.evalue());
    }
    return last[0] == null ? null : last[0].object();
  }

  private record Snippetresult(Outcome error, Value value) {}

  private record Compiled(Snippet snippet, String wrapperClass) {}

  /**
   * Evaluates one snippet. {@code quiet}: show no result even for an expression.
   */
  private Snippetresult evalSnippet(String src, String cell, int offset, String label, boolean quiet) {
    ValueCapture.reset();
    Compiled c = compiled.get(src);
    if (c != null && shell.status(c.snippet()) == Snippet.Status.VALID) {
      return rerun(c, quiet, label);
    }
    List<SnippetEvent> events = shell.eval(src);
    boolean declarations = false;
    for (SnippetEvent e : events) {
      if (e.causeSnippet() != null || !isExpression(e.snippet())) {
        declarations = true;
      }
    }
    if (declarations) {
      compiled.clear();
    }
    if (stopRequested) {
      return new Snippetresult(interrupted(), null);
    }
    Value value = null;
    for (SnippetEvent e : events) {
      if (e.causeSnippet() != null) {
        continue;
      }
      Snippet s = e.snippet();
      origins.put(s.id(), new String[] {label, Integer.toString(lineOf(cell, offset))});
      if (e.status() == Snippet.Status.REJECTED) {
        return new Snippetresult(compileError(s, cell, offset), null);
      }
      JShellException ex = e.exception();
      if (ex != null) {
        return new Snippetresult(runtimeError(ex, label), null);
      }
      if ((e.status() == Snippet.Status.RECOVERABLE_DEFINED
          || e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED)
          && s instanceof DeclarationSnippet d) {
        String missing = shell.unresolvedDependencies(d).collect(Collectors.joining(", "));
        sink.stream("stderr", "note: " + d.name() + " was declared, but cannot be used until "
            + missing + " is declared\n");
      }
      if (ValueCapture.hasValue()) {
        Renderers.noteValue(ValueCapture.value());
      }
      if (!quiet && isExpression(s) && ValueCapture.hasValue() && e.value() != null
          && !"void".equals(typeName(s))
          && !(s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
              && ValueCapture.value() instanceof String id && id.equals(Notebook.lastDisplayId()))) {
        // (a cell ending in display(x) shows x once, not also the display id display returns)
        if (e.status() == Snippet.Status.VALID && ValueCapture.lastClass() != null) {
          compiled.put(src, new Compiled(s, ValueCapture.lastClass()));
        }
        value = new Value(ValueCapture.value(), e.value());
      } else {
        value = null;
      }
    }
    return new Snippetresult(null, value);
  }

  /** Runs an already compiled expression snippet again: no compilation, same semantics. */
  private Snippetresult rerun(Compiled c, boolean quiet, String label) {
    try {
      ValueCapture.instance().invoke(c.wrapperClass(), "do_it$");
    } catch (jdk.jshell.spi.ExecutionControl.StoppedException e) {
      return new Snippetresult(interrupted(), null);
    } catch (jdk.jshell.spi.ExecutionControl.UserException e) {
      String ename = e.causeExceptionClass();
      String msg = e.getMessage() == null ? "" : userTerms(e.getMessage());
      List<String> tb = new ArrayList<>();
      appendTrace(tb, e, label, "");
      tb.set(0, "\u001b[31m" + ename + "\u001b[0m" + (msg.isEmpty() ? "" : ": " + msg));
      Outcome o = Outcome.error(ename, msg, tb);
      return new Snippetresult("java.lang.OutOfMemoryError".equals(ename) ? o.asFatal() : o, null);
    } catch (jdk.jshell.spi.ExecutionControl.ExecutionControlException e) {
      compiled.clear();
      return new Snippetresult(Outcome.error(e.getClass().getSimpleName(), String.valueOf(e.getMessage()),
          List.of("could not run the snippet again: " + e)), null);
    }
    if (stopRequested) {
      return new Snippetresult(interrupted(), null);
    }
    if (quiet || !ValueCapture.hasValue() || "void".equals(typeName(c.snippet()))) {
      return new Snippetresult(null, null);
    }
    Object v = ValueCapture.value();
    Renderers.noteValue(v);
    if (c.snippet().subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
        && v instanceof String id && id.equals(Notebook.lastDisplayId())) {
      return new Snippetresult(null, null);
    }
    return new Snippetresult(null, new Value(v, null));
  }

  private static boolean isExpression(Snippet s) {
    return s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
        || s.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND
        || s.subKind() == Snippet.SubKind.OTHER_EXPRESSION_SUBKIND;
  }

  private static String typeName(Snippet s) {
    if (s instanceof jdk.jshell.VarSnippet v) {
      return v.typeName();
    }
    if (s instanceof jdk.jshell.ExpressionSnippet x) {
      return x.typeName();
    }
    return "";
  }

  private Outcome compileError(Snippet s, String cell, int offset) {
    List<Diag> diags = shell.diagnostics(s).filter(Diag::isError).collect(Collectors.toList());
    List<String> tb = new ArrayList<>();
    String first = null;
    for (Diag d : diags) {
      String msg = userTerms(d.getMessage(Locale.ROOT));
      long p = d.getStartPosition() >= 0 ? d.getStartPosition() : d.getPosition();
      int at = (int) Math.max(0, Math.min(cell.length(), offset + Math.max(0, p)));
      int line = lineOf(cell, at);
      int lineStart = cell.lastIndexOf('\n', at - 1) + 1;
      int lineEnd = cell.indexOf('\n', at);
      String srcLine = cell.substring(lineStart, lineEnd < 0 ? cell.length() : lineEnd);
      int col = at - lineStart + 1;
      String where = "line " + line + ", column " + col;
      if (first == null) {
        first = where + ": " + firstLine(msg);
      }
      tb.add("\u001b[31mcompile error\u001b[0m at " + where + ": " + msg);
      tb.add("    " + srcLine);
      tb.add("    " + " ".repeat(Math.max(0, col - 1)) + "^");
    }
    if (first == null) {
      first = "JShell rejected this snippet: " + firstLine(s.source());
      tb.add(first);
    }
    return Outcome.error("CompilationError", first, tb);
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private Outcome runtimeError(JShellException ex, String label) {
    if (ex instanceof UnresolvedReferenceException ure) {
      DeclarationSnippet d = ure.getSnippet();
      String missing = shell.unresolvedDependencies(d).collect(Collectors.joining(", "));
      String msg = d.name() + " cannot be used until " + missing + " is declared";
      return Outcome.error("UnresolvedReferenceException", msg, List.of("UnresolvedReferenceException: " + msg));
    }
    String ename = ex instanceof EvalException ee ? ee.getExceptionClassName() : ex.getClass().getName();
    String evalue = ex.getMessage() == null ? "" : userTerms(ex.getMessage());
    List<String> tb = new ArrayList<>();
    appendTrace(tb, ex, label, "");
    Outcome o = Outcome.error(ename, evalue, tb);
    if ("java.lang.OutOfMemoryError".equals(ename)) {
      return o.asFatal();
    }
    return o;
  }

  private void appendTrace(List<String> tb, Throwable ex, String label, String prefix) {
    String name = ex instanceof EvalException ee ? ee.getExceptionClassName() : ex.getClass().getName();
    String msg = ex.getMessage() == null ? null : userTerms(ex.getMessage());
    tb.add(prefix + "\u001b[31m" + name + "\u001b[0m" + (msg == null ? "" : ": " + msg));
    StackTraceElement[] st = ex.getStackTrace();
    int last = -1;
    for (int i = 0; i < st.length; i++) {
      if (isUserFrame(st[i])) {
        last = i;
      }
    }
    int keep = last >= 0 ? last + 1 : st.length;
    for (int i = 0; i < keep; i++) {
      tb.add("    at " + frame(st[i]));
    }
    if (ex.getCause() != null && ex.getCause() != ex) {
      appendTrace(tb, ex.getCause(), label, "Caused by: ");
    }
  }

  private static boolean isUserFrame(StackTraceElement f) {
    return f.getFileName() != null && f.getFileName().startsWith("#")
        || f.getClassName().startsWith("REPL.");
  }

  private String frame(StackTraceElement f) {
    if (!isUserFrame(f)) {
      return f.toString();
    }
    String cls = f.getClassName().replaceFirst("^REPL\\.\\$JShell\\$\\d+[A-Z]?\\$?", "");
    String m = f.getMethodName();
    // do_it$ and do_it$Aux are JShell's wrappers around the cell's own statements
    String method = m.startsWith("do_it$") ? "" : m.startsWith("lambda$do_it$") ? "lambda" : m;
    String name = cls.isEmpty() ? method : method.isEmpty() ? cls : cls + "." + method;
    String file = f.getFileName();
    String where;
    String[] origin = file.startsWith("#") ? origins.get(file.substring(1)) : null;
    if (origin != null && f.getLineNumber() > 0) {
      int line = Integer.parseInt(origin[1]) + f.getLineNumber() - 1;
      where = (origin[0] == null ? "this cell" : "cell " + origin[0]) + ", line " + line;
    } else {
      where = "snippet " + file + (f.getLineNumber() > 0 ? ":" + f.getLineNumber() : "");
    }
    return name.isEmpty() ? where : name + " (" + where + ")";
  }

  private static final java.util.regex.Pattern WRAPPER =
      java.util.regex.Pattern.compile("(REPL\\.)?\\$JShell\\$\\d+[A-Z]?[.$]");
  private static final java.util.regex.Pattern EMPTY_LOCATION = java.util.regex.Pattern.compile(
      "(?m)^\\s*location: (class|interface)\\s*(REPL\\.)?(\\$JShell\\$\\d+[A-Z]?)?\\s*$\\n?");

  /**
   * A compiler or exception message in the user's terms: no "location: class" line naming
   * JShell's wrapper class (or nothing), no {@code REPL.$JShell$8.} prefixes before the user's
   * variable, method and class names.
   */
  static String userTerms(String message) {
    String s = EMPTY_LOCATION.matcher(message).replaceAll("");
    s = WRAPPER.matcher(s).replaceAll("");
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }

  static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  Outcome interrupted() {
    return Outcome.error("Interrupted", "the cell was interrupted; the session and its state are kept",
        List.of("\u001b[31mInterrupted\u001b[0m: the cell was interrupted; the session and its state are kept"));
  }

  /** Stops the running cell, if any (from another thread). */
  public void stop() {
    if (running) {
      stopRequested = true;
      shell.stop();
    }
  }

  /** Whether {@link #stop()} was called during the current cell. */
  boolean stopRequested() {
    return stopRequested;
  }

  /** Adds a jar or directory to the compiler's and the runtime's class path. */
  public void addToClassPath(String path) {
    shell.addToClasspath(path);
    compiled.clear();
    addedClassPath.add(path);
    for (Consumer<String> l : classPathListeners) {
      l.accept(path);
    }
  }

  /** Entries added by {@code %classpath}, {@code %jars} or {@code %maven}, in order. */
  public List<String> addedClassPath() {
    return List.copyOf(addedClassPath);
  }

  /** Called with each entry added to the class path (the agent tells the kernel, for restarts). */
  void onClassPathAdded(Consumer<String> listener) {
    classPathListeners.add(listener);
  }

  /** {@code complete}, {@code incomplete} or {@code invalid}, as Jupyter's is_complete asks. */
  public String isComplete(String code) {
    StringBuilder java = new StringBuilder();
    for (String line : InlineMagics.transform(code).split("\n", -1)) {
      java.append(line.stripLeading().startsWith("%") ? "" : line).append('\n');
    }
    String rest = java.toString();
    if (withoutLeadingComments(code).startsWith("%%")) {
      return "complete";
    }
    while (!rest.isBlank()) {
      CompletionInfo ci = analysis.analyzeCompletion(rest);
      switch (ci.completeness()) {
        case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> {
          if (ci.remaining().length() >= rest.length()) {
            return "complete";
          }
          rest = ci.remaining();
        }
        case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> {
          return "incomplete";
        }
        default -> {
          return "invalid";
        }
      }
    }
    return "complete";
  }

  /** Completion: the matches and the range [start, cursor) they replace. */
  public record Completion(List<String> matches, int start, int end) {}

  /** Suggestions at {@code cursor}: Java names from JShell, or magic names after {@code %}. */
  public Completion complete(String code, int cursor) {
    cursor = Math.max(0, Math.min(cursor, code.length()));
    int lineStart = code.lastIndexOf('\n', cursor - 1) + 1;
    String line = code.substring(lineStart, cursor);
    if (line.stripLeading().startsWith("%")) {
      String typed = line.stripLeading().replaceFirst("^%+", "");
      if (!typed.contains(" ")) {
        List<String> m = Magics.NAMES.stream().filter(n -> n.startsWith(typed)).collect(Collectors.toList());
        return new Completion(m, cursor - typed.length(), cursor);
      }
    }
    int[] anchor = new int[1];
    List<Suggestion> s = analysis.completionSuggestions(code, cursor, anchor);
    Set<String> out = new LinkedHashSet<>();
    s.stream().filter(Suggestion::matchesType).map(Suggestion::continuation).forEach(out::add);
    s.stream().map(Suggestion::continuation).forEach(out::add);
    return new Completion(new ArrayList<>(out), anchor[0], cursor);
  }

  /** Signatures and javadoc of what is at {@code cursor}, or null when nothing is known there. */
  public String inspect(String code, int cursor) {
    cursor = Math.max(0, Math.min(cursor, code.length()));
    List<SourceCodeAnalysis.Documentation> docs = analysis.documentation(code, cursor, true);
    if (docs.isEmpty()) {
      // "Math.max" with the cursor after the name: ask as if the call were opened
      int end = cursor;
      while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
        end++;
      }
      String opened = code.substring(0, end) + "(";
      docs = analysis.documentation(opened, opened.length(), true);
    }
    if (docs.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    List<String> imports = null;
    List<String> classPath = null;
    for (SourceCodeAnalysis.Documentation d : docs) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(d.signature());
      String doc = d.javadoc();
      if (doc == null || doc.isBlank()) {
        // JShell reads only the JDK's src.zip: the project's and the dependencies' docs come from
        // the sources in the kernel jar and -sources/-javadoc jars next to dependency jars
        JavadocLookup.Target t = JavadocLookup.parse(d.signature());
        if (t != null) {
          if (imports == null) {
            List<String> found = new ArrayList<>();
            shell.imports().filter(i -> !i.isStatic()).forEach(i -> found.add(i.fullname()));
            found.add("java.lang.*");
            imports = found;
            classPath = new ArrayList<>(ClassPaths.current());
            classPath.addAll(addedClassPath);
          }
          try {
            doc = javadoc.find(t, imports, classPath);
          } catch (RuntimeException e) {
            doc = null; // documentation is a courtesy: never an error
          }
        }
      }
      if (doc != null && !doc.isBlank()) {
        sb.append("\n").append(doc.strip());
      }
    }
    return sb.toString();
  }

  @Override
  public void close() {
    shell.close();
  }
}
