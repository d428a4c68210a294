/** A drop area with a file picker, for documents and practice logs. */
import { useId, useRef, useState, type DragEvent } from 'react';
import { Icon } from './Icon.js';

interface DropZoneProps {
  label: string;
  hint: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
  /** Replaces the browser's file picker (the desktop app's native dialog). */
  onPick?: () => void;
}

export function DropZone({ label, hint, accept, multiple, disabled, onFiles, onPick }: DropZoneProps) {
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (disabled) return;
    const files = [...e.dataTransfer.files];
    if (files.length) onFiles(multiple ? files : files.slice(0, 1));
  };

  return (
    <div
      className="dropzone"
      data-over={over}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <Icon name="upload" />
      <div>
        <strong>{label}</strong>
        <div className="muted" id={`${id}-hint`}>
          {hint}
        </div>
      </div>
      <button type="button" className="btn btn-sm" disabled={disabled} onClick={() => (onPick ? onPick() : input.current?.click())} aria-describedby={`${id}-hint`}>
        Choose {multiple ? 'files' : 'a file'}…
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        multiple={multiple}
        hidden
        aria-label={label}
        data-testid={`file-input-${label.toLowerCase().replace(/[^a-z]+/g, '-')}`}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </div>
  );
}
