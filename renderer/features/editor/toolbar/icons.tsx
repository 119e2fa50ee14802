// Toolbar pictures drawn as SVG rather than emoji: the platform's emoji font may be missing
// (it is on Linux without one), and Ktav must look the same on every machine.
const common = { width: 16, height: 16, viewBox: '0 0 16 16', fill: 'none', stroke: 'currentColor', strokeWidth: 1.6, strokeLinecap: 'round', strokeLinejoin: 'round', 'aria-hidden': true } as const;

export const LinkIcon = () => (
  <svg {...common}>
    <path d="M6.5 9.5l3-3" />
    <path d="M7 4.5l1-1a2.8 2.8 0 014 4l-1 1" />
    <path d="M9 11.5l-1 1a2.8 2.8 0 01-4-4l1-1" />
  </svg>
);

export const PictureIcon = () => (
  <svg {...common}>
    <rect x="2" y="3" width="12" height="10" rx="1.5" />
    <circle cx="6" cy="6.5" r="1.2" />
    <path d="M2.5 12l3.5-3.5 2.5 2.5 2-2 3 3" />
  </svg>
);

export const FindIcon = () => (
  <svg {...common}>
    <circle cx="7" cy="7" r="4" />
    <path d="M10 10l3.5 3.5" />
  </svg>
);

/** Who said it: a person, for a pull quote's attribution. */
export const AttributionIcon = () => (
  <svg {...common}>
    <circle cx="8" cy="5" r="2.5" />
    <path d="M3 13.5a5 5 0 0110 0" />
  </svg>
);
