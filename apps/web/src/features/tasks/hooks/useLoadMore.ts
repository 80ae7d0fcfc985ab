import { useEffect } from 'react';

interface Pages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/** How close to the end of what is loaded (in rows) the next page is asked for. */
const AHEAD = 10;

/** Loads the next page once the rows on screen come near the end of the loaded ones. */
export function useLoadMore(pages: Pages, visible: { index: number }[], loaded: number) {
  const lastVisible = visible.length ? visible[visible.length - 1].index : -1;
  const near = lastVisible >= loaded - AHEAD;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  useEffect(() => {
    if (near && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [near, hasNextPage, isFetchingNextPage, fetchNextPage]);
}
