/** The two versions the history compares first: the newest with the one before it. */
export function defaultDiffPair(versions: readonly { version: number }[]): { from: number; to: number } | null {
  const sorted = [...versions].map((v) => v.version).sort((a, b) => b - a);
  if (sorted.length < 2) return null;
  return { from: sorted[1]!, to: sorted[0]! };
}
