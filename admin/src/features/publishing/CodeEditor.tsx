import { forwardRef, useImperativeHandle, useMemo, useRef } from 'react';

const lineHeight = 20;

export interface CodeEditorHandle {
  /** Focuses the editor with line `line` selected and scrolled into view (1-based). */
  goToLine(line: number, column?: number | null): void;
}

interface CodeEditorProps {
  id: string;
  value: string;
  onChange(value: string): void;
  /** The line a template error points at: marked in the gutter. */
  errorLine?: number | null;
  rows?: number;
  disabled?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/**
 * A plain monospace text area with line numbers beside it (no code editor package: the console
 * has none, and template errors name a line). Lines do not wrap, so each number faces its line;
 * Tab keeps moving the focus, as everywhere else in the console.
 */
export const CodeEditor = forwardRef<CodeEditorHandle, CodeEditorProps>(function CodeEditor(
  { id, value, onChange, errorLine, rows = 28, disabled, ...aria },
  ref,
) {
  const textRef = useRef<HTMLTextAreaElement>(null);
  const gutterRef = useRef<HTMLDivElement>(null);
  const lineCount = useMemo(() => value.split('\n').length, [value]);

  useImperativeHandle(ref, () => ({
    goToLine(line, column) {
      const text = textRef.current;
      if (!text) return;
      const lines = text.value.split('\n');
      const index = Math.min(Math.max(line, 1), lines.length) - 1;
      let start = 0;
      for (let i = 0; i < index; i++) start += lines[i]!.length + 1;
      const length = lines[index]!.length;
      const caret = column ? start + Math.min(column - 1, length) : start;
      text.focus();
      // The whole line is selected (the caret at the column when known), so it stands out.
      if (column) text.setSelectionRange(caret, caret);
      else text.setSelectionRange(start, start + length);
      text.scrollTop = Math.max(0, index * lineHeight - text.clientHeight / 3);
      if (gutterRef.current) gutterRef.current.scrollTop = text.scrollTop;
    },
  }));

  return (
    <div className="pub-code">
      <div className="pub-code-gutter" ref={gutterRef} aria-hidden="true">
        {Array.from({ length: lineCount }, (_, i) => (
          <div key={i} className={errorLine === i + 1 ? 'pub-code-error-line' : undefined}>
            {i + 1}
          </div>
        ))}
        {/* Room for the text area's horizontal scroll bar, so the last numbers still line up. */}
        <div style={{ height: lineHeight }} />
      </div>
      <textarea
        id={id}
        ref={textRef}
        className="pub-code-text"
        value={value}
        rows={rows}
        wrap="off"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        onScroll={(event) => {
          if (gutterRef.current) gutterRef.current.scrollTop = event.currentTarget.scrollTop;
        }}
        {...aria}
      />
    </div>
  );
});
