// Browser mode's folder picker: a hidden `<input type=file webkitdirectory>` opened by the
// Import button. Tests drive it directly with `setInputFiles` (data-testid="import-input").
import { useEffect, type ReactNode, type RefObject } from 'react';

interface ImportInputProps {
  readonly inputRef: RefObject<HTMLInputElement | null>;
  readonly onFiles: (files: readonly File[]) => void;
}

export function ImportInput(props: ImportInputProps): ReactNode {
  const { inputRef, onFiles } = props;

  useEffect(() => {
    // Set as attributes: React's typings do not know `webkitdirectory`, browsers all do.
    inputRef.current?.setAttribute('webkitdirectory', '');
    inputRef.current?.setAttribute('directory', '');
  }, [inputRef]);

  return (
    <input
      ref={inputRef}
      type="file"
      multiple
      className="visually-hidden"
      tabIndex={-1}
      aria-hidden="true"
      data-testid="import-input"
      onChange={(event) => {
        const input = event.currentTarget;
        const files = Array.from(input.files ?? []);
        // Cleared so choosing the same folder again still fires `change`.
        input.value = '';
        onFiles(files);
      }}
    />
  );
}
