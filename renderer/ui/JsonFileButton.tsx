import { Upload } from 'lucide-react';
import type { ReactNode } from 'react';
import './JsonFileButton.css';

/**
 * A button that opens the file picker for a JSON file. The input is cleared after each
 * pick, so choosing the same file again (after fixing it) is noticed.
 */
export function JsonFileButton({
  label,
  inputLabel,
  onFile,
}: {
  label: ReactNode;
  inputLabel: string;
  onFile: (file: File) => void;
}) {
  return (
    <label className="button file-button">
      <Upload aria-hidden="true" size={16} /> {label}
      <input
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        aria-label={inputLabel}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
