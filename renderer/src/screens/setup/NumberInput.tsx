/** A number field that lets people type freely and reports a number only when it is one. */
import { useEffect, useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: number;
  onValue: (n: number) => void;
  /** Shown and typed in this scale (100 for percentages), stored divided by it. */
  scale?: number;
};

export function NumberInput({ value, onValue, scale = 1, ...rest }: Props) {
  const shown = round(value * scale);
  const [text, setText] = useState(String(shown));
  useEffect(() => {
    setText((t) => (Number(t) === shown ? t : String(shown)));
  }, [shown]);
  return (
    <input
      {...rest}
      type="number"
      inputMode="decimal"
      className={`input tabular ${rest.className ?? ''}`}
      value={text}
      onChange={(e) => {
        const t = e.currentTarget.value;
        setText(t);
        const n = Number(t);
        if (t.trim() !== '' && Number.isFinite(n)) onValue(n / scale);
      }}
    />
  );
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
