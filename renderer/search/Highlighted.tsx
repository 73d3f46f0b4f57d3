import { splitByRanges, type MatchRange } from '../../shared/search/highlight';

/** A text with the matched words wrapped in <mark>. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly MatchRange[] }) {
  return (
    <>
      {splitByRanges(text, ranges).map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : piece.text))}
    </>
  );
}
