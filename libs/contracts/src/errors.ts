/** The one JSON shape of every error the api answers. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  /** Per-field messages, keyed by the field's path (`title`, `items.0.name`). */
  details?: Record<string, string[]>;
  /** On 409 for a stale version: the entity as it is now. */
  current?: unknown;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
