/** Puts `next` into a list unless the list already holds the same or a newer version of it. */
export function upsertByVersion<T extends { id: string; version: number }>(
  list: T[] | undefined,
  next: T,
  /** Also replace the same version: derived state (a goal's progress) changes without a new version. */
  sameVersion = false,
): T[] | undefined {
  if (!list) return list;
  const index = list.findIndex((item) => item.id === next.id);
  if (index === -1) return [...list, next];
  if (list[index].version > next.version || (list[index].version === next.version && !sameVersion)) return list;
  const copy = list.slice();
  copy[index] = next;
  return copy;
}

/** Replaces a single cached entity when `next` is newer. */
export function newer<T extends { version: number }>(
  current: T | undefined,
  next: T,
  sameVersion = false,
): T | undefined {
  if (!current) return current;
  return next.version > current.version || (sameVersion && next.version === current.version) ? next : current;
}

export function removeById<T extends { id: string }>(list: T[] | undefined, id: string): T[] | undefined {
  return list?.filter((item) => item.id !== id);
}
