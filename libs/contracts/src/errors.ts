/** The one JSON shape of every error the api answers. */
export interface ApiError {
  statusCode: number;
  error: string;
  message: string;
  /** Per-field messages, keyed by the field's path (`title`, `items.0.name`): for developers, not for people. */
  details?: Record<string, string[]>;
  /** The same problems, machine-readable: what a client turns into its own words (one entry per broken rule). */
  fields?: FieldRule[];
  /** On 409 for a stale version: the entity as it is now. */
  current?: unknown;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * A rule a field broke: `rule` is the validator's constraint name (`isUuid`, `isNumber`, `max`, `isNotEmpty`,
 * `isIso8601`, ...) or one of the api's own rules (`unknownField`, `noNul`, `differsFromBaseline`, `aboveBaseline`,
 * `belowBaseline`, `afterStartDate`, `sdgIndicator`, `oneMeasure`, `usableMetric`, `hubOrganization`, `parentGoal`,
 * `unitInRollUp`, `notInFuture`).
 */
export interface FieldRule {
  field: string;
  rule: string;
}
