// Installed in each page the typing benchmark measures: from each keydown to the end of the next
// frame (requestAnimationFrame, then a MessageChannel tick, which runs after the frame is
// committed). Written as a function so it can be handed to `page.evaluate`.
export function installProbe(): void {
  const w = window as unknown as { __latencies: number[]; __waitFor(n: number): Promise<void> };
  w.__latencies = [];
  let waiting: { n: number; resolve: () => void } | null = null;
  window.addEventListener(
    'keydown',
    () => {
      const t0 = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          w.__latencies.push(performance.now() - t0);
          if (waiting && w.__latencies.length >= waiting.n) {
            waiting.resolve();
            waiting = null;
          }
        };
        channel.port2.postMessage(null);
      });
    },
    true,
  );
  w.__waitFor = (n) =>
    new Promise<void>((resolve) => {
      if (w.__latencies.length >= n) resolve();
      else waiting = { n, resolve };
    });
}

/** Puts the caret at the end of the `index`-th paragraph of the editor (the page's editing root) and focuses it. */
export function placeCaret(index: number): void {
  const editor = document.querySelector('[contenteditable="true"]') as HTMLElement;
  const paragraphs = editor.querySelectorAll('p');
  const p = paragraphs[Math.min(index, paragraphs.length - 1)]!;
  editor.focus();
  p.scrollIntoView({ block: 'center' });
  const range = document.createRange();
  range.selectNodeContents(p);
  range.collapse(false);
  const sel = getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
}
