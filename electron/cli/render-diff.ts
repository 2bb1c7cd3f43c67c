// The `diff` command without --json: one line per sentence that differs, changes marked in
// the text and listed with their reasons. Colour only on a terminal (and never with NO_COLOR);
// the markers ([-old-]{+new+}) carry the meaning without it.
import type { ArticleComparison } from '../../shared/model';

const paint = (on: boolean, code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

export function renderComparison(c: ArticleComparison, color: boolean): string {
  const s = c.summary;
  const lines = [
    `${c.a} → ${c.b}: ${s.substantive} substantive, ${s.cosmetic} cosmetic, ${s.added} added, ${s.removed} removed, ${s.moved} moved`,
  ];
  for (const row of c.rows) {
    if (row.kind === 'same') continue;
    if (row.kind === 'added') lines.push(paint(color, '32', `+ ${row.b!.text}`));
    else if (row.kind === 'removed') lines.push(paint(color, '31', `- ${row.a!.text}`));
    else if (row.kind === 'moved') lines.push(paint(color, '36', `↕ moved: ${row.a!.text}`));
    else {
      lines.push(`~ ${row.b!.text}`);
      for (const ch of row.changes) {
        const mark = `[-${ch.before}-]{+${ch.after}+}`;
        const text = `    ${ch.kind === 'substantive' ? '!' : '·'} ${mark}  ${ch.reason}`;
        lines.push(ch.kind === 'substantive' ? paint(color, '33', text) : paint(color, '2', text));
      }
    }
  }
  return lines.join('\n');
}
