package io.github.conflictdata;

/**
 * Runs one input of {@link HostileInputs} in this JVM and prints its outcome and the heap used, for
 * {@link ReaderResourceLimitsTest}, which starts it in a JVM with a small heap ({@code -Xmx256m})
 * to prove that the readers' limits bound memory. Exit status 0: the read ended in a result line
 * (whatever it was); 3: the JVM ran out of memory or stack.
 */
public final class ResourceProbe {
  private ResourceProbe() {}

  public static void main(String[] args) {
    HostileInputs.Case c = HostileInputs.byId(args[0]);
    boolean lenient = args.length > 1 && args[1].equals("lenient");
    try {
      String outcome = c.run(lenient);
      Runtime rt = Runtime.getRuntime();
      System.out.println("OUTCOME " + outcome);
      System.out.println("MAXHEAP " + (rt.maxMemory() >> 20) + " MB");
      System.exit(outcome.contains("OutOfMemoryError") ? 3 : 0);
    } catch (OutOfMemoryError | StackOverflowError e) {
      System.out.println("OUTCOME " + e);
      System.exit(3);
    }
  }
}
