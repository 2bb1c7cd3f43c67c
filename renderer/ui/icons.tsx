// Inline SVG icons (the CSP allows no remote resources, and icon fonts would need one).
// Decorative: every icon sits beside text or inside a labelled control, so all are aria-hidden.
import type { ReactNode } from 'react';

interface IconProps {
  readonly size?: number;
  readonly className?: string;
}

function Svg(props: IconProps & { children: ReactNode }): ReactNode {
  const { size = 16, className, children } = props;
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const IconImport = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <path d="M8 2.5v7M5 6.75 8 9.75l3-3" />
    <path d="M2.5 10v2.25c0 .7.55 1.25 1.25 1.25h8.5c.7 0 1.25-.55 1.25-1.25V10" />
  </Svg>
);

export const IconSearch = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <circle cx="7" cy="7" r="4.25" />
    <path d="m10.25 10.25 3.25 3.25" />
  </Svg>
);

export const IconKeyboard = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <rect x="1.75" y="4" width="12.5" height="8" rx="1.5" />
    <path d="M4.5 6.5h.01M7 6.5h.01M9.5 6.5h.01M12 6.5h.01M5 9.5h6" />
  </Svg>
);

export const IconWarning = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <path d="M7.13 2.5a1 1 0 0 1 1.74 0l5.5 9.75a1 1 0 0 1-.87 1.5H2.5a1 1 0 0 1-.87-1.5z" />
    <path d="M8 6.25v3M8 11.5h.01" />
  </Svg>
);

export const IconError = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <circle cx="8" cy="8" r="6" />
    <path d="M8 4.75v3.75M8 11h.01" />
  </Svg>
);

export const IconCheck = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <circle cx="8" cy="8" r="6" />
    <path d="m5.5 8.25 1.75 1.75 3.25-3.5" />
  </Svg>
);

export const IconDuplicate = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <rect x="5" y="5" width="8.5" height="8.5" rx="1.5" />
    <path d="M11 5V3.75c0-.7-.55-1.25-1.25-1.25h-6c-.7 0-1.25.55-1.25 1.25v6c0 .7.55 1.25 1.25 1.25H5" />
  </Svg>
);

export const IconReject = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <circle cx="8" cy="8" r="6" />
    <path d="m5.75 5.75 4.5 4.5M10.25 5.75l-4.5 4.5" />
  </Svg>
);

export const IconClose = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <path d="m4 4 8 8M12 4l-8 8" />
  </Svg>
);

export const IconChevron = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <path d="m6 3.5 4.5 4.5L6 12.5" />
  </Svg>
);

export const IconRefresh = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <path d="M13.25 8a5.25 5.25 0 1 1-1.54-3.71" />
    <path d="M13.25 2.75v3h-3" />
  </Svg>
);

/** Put back: an arrow curling back into a line of text. */
export const IconRestore = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <path d="M5.5 2.5 3 5l2.5 2.5" />
    <path d="M3 5h6.5a3.5 3.5 0 0 1 0 7H7" />
  </Svg>
);

/** Related: two links of a chain. */
export const IconLink = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <path d="M6.75 9.25a2.75 2.75 0 0 0 3.9 0l2.1-2.1a2.75 2.75 0 0 0-3.9-3.9l-.6.6" />
    <path d="M9.25 6.75a2.75 2.75 0 0 0-3.9 0l-2.1 2.1a2.75 2.75 0 0 0 3.9 3.9l.6-.6" />
  </Svg>
);

export const IconBack = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <path d="M13 8H3.5M7.5 4 3.5 8l4 4" />
  </Svg>
);

/** Merge: two lines joining into one. */
export const IconMerge = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <path d="M4 2.5v2.25c0 2 4 2.75 4 5.25v3.5M12 2.5v2.25c0 2-4 2.75-4 5.25" />
  </Svg>
);

/** Move out: a box with an arrow leaving it. */
export const IconMoveOut = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <path d="M9.5 3H4a1.5 1.5 0 0 0-1.5 1.5v7A1.5 1.5 0 0 0 4 13h5.5" />
    <path d="M7 8h7M11.5 5.5 14 8l-2.5 2.5" />
  </Svg>
);

/** Compare: two columns side by side with lines of text. */
export const IconCompare = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <rect x="2" y="2.5" width="5" height="11" rx="1" />
    <rect x="9" y="2.5" width="5" height="11" rx="1" />
    <path d="M3.75 5.5h1.5M3.75 8h1.5M10.75 5.5h1.5M10.75 8h1.5M10.75 10.5h1.5" />
  </Svg>
);

/** Review: a list with a tick. */
export const IconReview = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <path d="M2.5 4.5l1.25 1.25L6 3.5M2.5 10.5l1.25 1.25L6 9.5M8.5 4.75h5M8.5 10.75h5" />
  </Svg>
);

/** The app's mark: two overlapping pages with a tick, i.e. texts checked against each other. */
export const LogoMark = (p: IconProps): ReactNode => (
  <svg
    className={p.className ? `logo ${p.className}` : 'logo'}
    width={p.size ?? 20}
    height={p.size ?? 20}
    viewBox="0 0 20 20"
    aria-hidden="true"
    focusable="false"
  >
    <rect x="1.5" y="3.5" width="11" height="14" rx="2.5" fill="var(--logo-back)" />
    <rect x="7.5" y="1.5" width="11" height="14" rx="2.5" fill="var(--logo-front)" />
    <path
      d="m10.25 8.75 2 2 3.75-4"
      fill="none"
      stroke="var(--logo-tick)"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
    />
  </svg>
);

export const IconSettings = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <circle cx="8" cy="8" r="2" />
    <path d="M6.9 1.75h2.2l.35 1.6 1.05.45 1.4-.9 1.55 1.55-.9 1.4.45 1.05 1.6.35v2.2l-1.6.35-.45 1.05.9 1.4-1.55 1.55-1.4-.9-1.05.45-.35 1.6H6.9l-.35-1.6-1.05-.45-1.4.9-1.55-1.55.9-1.4-.45-1.05-1.6-.35V6.9l1.6-.35.45-1.05-.9-1.4L4.15 2.55l1.4.9 1.05-.45z" />
  </Svg>
);

export const IconCommand = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <path d="M2.5 4.5h11M2.5 8h11M2.5 11.5h6" />
  </Svg>
);

export const IconFolder = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <path d="M2 4.25c0-.7.55-1.25 1.25-1.25h3l1.5 1.5h5c.7 0 1.25.55 1.25 1.25v6c0 .7-.55 1.25-1.25 1.25h-9.5C2.55 13 2 12.45 2 11.75z" />
  </Svg>
);

/** "Who else says this?": two speech bubbles, one behind the other. */
export const IconSources = (p: IconProps): ReactNode => (
  <Svg {...p}>
    <path d="M2.5 3.75c0-.7.55-1.25 1.25-1.25h5.5c.7 0 1.25.55 1.25 1.25v3.5c0 .7-.55 1.25-1.25 1.25H6L4 10V8.5h-.25c-.7 0-1.25-.55-1.25-1.25Z" />
    <path d="M12 5.5h.25c.7 0 1.25.55 1.25 1.25v3.5c0 .7-.55 1.25-1.25 1.25H12V13l-2-1.5H7.75c-.55 0-1-.35-1.2-.85" />
  </Svg>
);
