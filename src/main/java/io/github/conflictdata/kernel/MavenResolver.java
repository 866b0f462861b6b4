package io.github.conflictdata.kernel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession.CloseableSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

/**
 * Resolves {@code groupId:artifactId[:extension[:classifier]]:version} with its runtime
 * dependencies, transitively, from the local Maven repository and Maven Central (the {@code %maven}
 * magic).
 */
final class MavenResolver {
  static final String CENTRAL = "https://repo.maven.apache.org/maven2/";

  private final Path localRepository;
  private final boolean offline;
  private final List<RemoteRepository> remotes;

  MavenResolver(Path localRepository, boolean offline, List<String> remoteUrls) {
    this.localRepository = localRepository;
    this.offline = offline;
    this.remotes = new ArrayList<>();
    int i = 0;
    for (String url : remoteUrls) {
      remotes.add(new RemoteRepository.Builder(i++ == 0 ? "central" : "repo" + i, "default", url).build());
    }
  }

  /** The user's local repository ({@code -Dmaven.repo.local} or {@code ~/.m2/repository}) and Central. */
  static MavenResolver standard(boolean offline) {
    String local = System.getProperty("maven.repo.local");
    Path repo = local != null && !local.isBlank()
        ? Path.of(local)
        : Path.of(System.getProperty("user.home"), ".m2", "repository");
    return new MavenResolver(repo, offline, List.of(CENTRAL));
  }

  /** This resolver with {@code extra} repositories ({id, url}) searched after the others. */
  MavenResolver withRepositories(List<String[]> extra) {
    if (extra.isEmpty()) {
      return this;
    }
    MavenResolver r = new MavenResolver(localRepository, offline, List.of());
    r.remotes.addAll(remotes);
    for (String[] repo : extra) {
      r.remotes.add(new RemoteRepository.Builder(repo[0], "default", repo[1]).build());
    }
    return r;
  }

  Path localRepository() {
    return localRepository;
  }

  /**
   * The artifact's jar and those of all its runtime dependencies.
   *
   * @throws IllegalArgumentException naming the artifact, when it cannot be resolved
   */
  List<Path> resolve(String coordinates) {
    DefaultArtifact artifact;
    try {
      artifact = new DefaultArtifact(coordinates);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + coordinates + "' is not a Maven coordinate: expected groupId:artifactId:version", e);
    }
    RepositorySystem system = new RepositorySystemSupplier().get();
    // SessionBuilderSupplier brings Maven's own rules: scopes, optional dependencies, conflicts
    try (CloseableSession session = new SessionBuilderSupplier(system).get()
        .withLocalRepositoryBaseDirectories(localRepository)
        .setOffline(offline)
        .setSystemProperties(System.getProperties())
        .build()) {
      // as a dependency of the notebook (not as a root project): its optional dependencies stay out
      CollectRequest collect = new CollectRequest();
      collect.addDependency(new Dependency(artifact, JavaScopes.RUNTIME));
      collect.setRepositories(remotes);
      DependencyRequest request =
          new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
      List<Path> jars = new ArrayList<>();
      for (ArtifactResult r : system.resolveDependencies(session, request).getArtifactResults()) {
        jars.add(r.getArtifact().getPath());
      }
      return jars;
    } catch (DependencyResolutionException e) {
      String where = offline
          ? "offline, from the local repository " + localRepository
          : "from the local repository " + localRepository + " and "
              + remotes.stream().map(RemoteRepository::getUrl).collect(java.util.stream.Collectors.joining(", "));
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      throw new IllegalArgumentException("cannot resolve " + coordinates + " (" + where + "): "
          + root.getMessage(), e);
    } finally {
      system.shutdown();
    }
  }
}
