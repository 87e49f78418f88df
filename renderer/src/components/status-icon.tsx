import type { Look } from './tone';

/** The shape of a state, drawn in the current colour: check, triangle, cross, question mark, dash. */
export function StatusIcon(props: { shape: Look['shape']; size?: number }) {
  const size = props.size ?? 16;
  return (
    <svg
      className={`icon icon-${props.shape}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {shapes[props.shape]}
    </svg>
  );
}

const stroke = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

const shapes: Record<Look['shape'], React.JSX.Element> = {
  check: (
    <>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M4.5 8.2l2.3 2.3 4.7-4.9" {...stroke} stroke="#fff" />
    </>
  ),
  triangle: (
    <>
      <path d="M8 1.2l7 13.3H1z" fill="currentColor" />
      <path d="M8 5.8v4" {...stroke} stroke="#000" />
      <circle cx="8" cy="12.3" r="1.1" fill="#000" />
    </>
  ),
  cross: (
    <>
      <path d="M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1z" fill="currentColor" />
      <path d="M5.3 5.3l5.4 5.4M10.7 5.3l-5.4 5.4" {...stroke} stroke="#fff" />
    </>
  ),
  question: (
    <>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M6 6.2a2 2 0 1 1 2.8 1.8c-.6.3-.8.7-.8 1.3v.3" {...stroke} stroke="#fff" />
      <circle cx="8" cy="12" r="1" fill="#fff" />
    </>
  ),
  dash: (
    <>
      <circle cx="8" cy="8" r="6.3" {...stroke} strokeWidth={1.6} />
      <path d="M5 8h6" {...stroke} />
    </>
  ),
};
