// A modal dialog that takes focus, keeps it inside, closes on Escape and gives focus back to
// where it was: the shell of the palette and the shortcuts sheet.
import { useEffect, useRef, type ReactNode } from 'react';

export interface DialogProps {
  label: string;
  onClose: () => void;
  className?: string;
  children: ReactNode;
}

export function Dialog({ label, onClose, className, children }: DialogProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const first = box.current?.querySelector<HTMLElement>('input, button, [tabindex="0"]');
    (first ?? box.current)?.focus();
    return () => before?.focus?.();
  }, []);
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    } else if (e.key === 'Tab' && box.current) {
      const focusables = [...box.current.querySelectorAll<HTMLElement>('input, button, select, [tabindex="0"]')];
      if (focusables.length === 0) return;
      const i = focusables.indexOf(document.activeElement as HTMLElement);
      const next = e.shiftKey ? (i <= 0 ? focusables.length - 1 : i - 1) : i === focusables.length - 1 ? 0 : i + 1;
      e.preventDefault();
      focusables[next]!.focus();
    }
  };
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={box} className={`dialog ${className ?? ''}`} role="dialog" aria-modal="true" aria-label={label} tabIndex={-1} onKeyDown={onKeyDown}>
        {children}
      </div>
    </div>
  );
}
