/**
 * Untrusted text with one span highlighted. Rendered as text nodes around a <mark>: the text is
 * never parsed as HTML, whatever it contains.
 */
export function HighlightedText({ text, span }: { text: string; span: readonly [number, number] | null }) {
  if (!span) return <>{text}</>;
  const start = Math.max(0, Math.min(text.length, span[0]));
  const end = Math.max(start, Math.min(text.length, span[1]));
  if (end === start) return <>{text}</>;
  return (
    <>
      {text.slice(0, start)}
      <mark>{text.slice(start, end)}</mark>
      {text.slice(end)}
    </>
  );
}
