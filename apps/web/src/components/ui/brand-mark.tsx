/** The red disc with the yellow star used as the center's mark (the national colours; not the state emblem). */
export function BrandMark({ size = 48 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" role="img" aria-hidden="true" focusable="false">
      <circle cx="32" cy="32" r="31" fill="#c8102e" stroke="#f5d27a" strokeWidth="2" />
      <polygon
        fill="#ffcd00"
        points="32.0,12.0 36.9,27.2 52.9,27.2 40.0,36.6 44.9,51.8 32.0,42.4 19.1,51.8 24.0,36.6 11.1,27.2 27.1,27.2"
      />
    </svg>
  );
}
