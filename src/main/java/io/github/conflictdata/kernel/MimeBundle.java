package io.github.conflictdata.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a notebook shows for one value: data by MIME type ({@code text/plain}, {@code text/html},
 * {@code image/png} as base64, ...) and per-type metadata. {@code render(x)} returns one; the last
 * expression of a cell, or {@code display(x)}, shows it.
 */
public final class MimeBundle {
  private final Map<String, Object> data;
  private final Map<String, Object> metadata;

  private MimeBundle(Map<String, Object> data, Map<String, Object> metadata) {
    this.data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  /** A bundle with only {@code text/plain}. */
  public static MimeBundle text(String text) {
    return builder().put("text/plain", text).build();
  }

  /** A builder; add one entry per MIME type. */
  public static Builder builder() {
    return new Builder();
  }

  /** Data by MIME type, in insertion order. Binary types hold base64 strings. */
  public Map<String, Object> data() {
    return data;
  }

  /** Per-MIME-type metadata (image width and height, ...). */
  public Map<String, Object> metadata() {
    return metadata;
  }

  /** The {@code text/plain} entry, or null. */
  public String plainText() {
    Object o = data.get("text/plain");
    return o == null ? null : o.toString();
  }

  @Override
  public String toString() {
    String plain = plainText();
    return plain != null ? plain : "MimeBundle" + data.keySet();
  }

  /** Collects MIME entries; {@link #build()} freezes them. */
  public static final class Builder {
    private final Map<String, Object> data = new LinkedHashMap<>();
    private final Map<String, Object> metadata = new LinkedHashMap<>();

    private Builder() {}

    /** Adds (or replaces) the entry for {@code mimeType}. */
    public Builder put(String mimeType, Object value) {
      data.put(Objects.requireNonNull(mimeType, "mimeType"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Adds metadata for {@code mimeType}, e.g. {@code Map.of("width", 640)} for an image. */
    public Builder metadata(String mimeType, Object value) {
      metadata.put(mimeType, value);
      return this;
    }

    /** Adds every entry of another bundle that is not set here yet. */
    public Builder putAllAbsent(MimeBundle other) {
      other.data.forEach(data::putIfAbsent);
      other.metadata.forEach(metadata::putIfAbsent);
      return this;
    }

    public MimeBundle build() {
      if (data.isEmpty()) {
        throw new IllegalStateException("a MimeBundle needs at least one MIME type");
      }
      return new MimeBundle(data, metadata);
    }
  }
}
