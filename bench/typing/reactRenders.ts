// Counts the React components that render while the profile types (`profile.mjs --renders`):
// installed before the app's scripts as React's DevTools hook, it walks each committed tree and
// counts a component whose props or state object changed since the last commit (a component
// React skipped keeps both). Warm-up keys are not counted. Written as a function so it can be
// handed to `page.addInitScript`.
export function countReactRenders(warmup: number): void {
  interface Fiber {
    tag: number;
    type: unknown;
    child: Fiber | null;
    sibling: Fiber | null;
    alternate: Fiber | null;
    memoizedProps: unknown;
    memoizedState: unknown;
  }
  const seen = new WeakMap<Fiber, { props: unknown; state: unknown }>();
  const counts = new Map<string, number>();
  let keys = 0;
  window.addEventListener('keydown', () => keys++, true);
  // Function, class, forwardRef, memo and simple memo components.
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  const nameOf = (type: unknown): string => {
    const t = type as { displayName?: string; name?: string; render?: { name?: string }; type?: { name?: string } } | null;
    return t?.displayName || t?.name || t?.render?.name || t?.type?.name || 'anonymous';
  };
  const walk = (first: Fiber | null) => {
    for (let f = first; f; f = f.sibling) {
      if (COMPONENT_TAGS.has(f.tag)) {
        const last = seen.get(f) ?? (f.alternate ? seen.get(f.alternate) : undefined);
        if (last && (last.props !== f.memoizedProps || last.state !== f.memoizedState) && keys > warmup) counts.set(nameOf(f.type), (counts.get(nameOf(f.type)) ?? 0) + 1);
        const now = { props: f.memoizedProps, state: f.memoizedState };
        seen.set(f, now);
        if (f.alternate) seen.set(f.alternate, now);
      }
      walk(f.child);
    }
  };
  const w = window as unknown as Record<string, unknown>;
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => walk(root.current.child),
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    checkDCE: () => undefined,
  };
  w.__benchReport = () =>
    `React components rendered during ${Math.max(0, keys - warmup)} keys:\n` +
    ([...counts].sort((a, b) => b[1] - a[1]).map(([name, n]) => `${String(n).padStart(6)}  ${name}`).join('\n') || '  (none)');
}
