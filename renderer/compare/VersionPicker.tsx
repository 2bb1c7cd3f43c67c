// A side's picker: the story's versions first (numbered as on its timeline, each with its date
// and what it changed from the one before), then every other article, so any two articles can
// be compared.
import type { ReactNode } from 'react';
import type { ArticleSummary, StoryVersion } from '../../shared/model';
import { formatTime } from '../library/format';

interface VersionPickerProps {
  readonly label: string;
  readonly value: string;
  readonly versions: readonly StoryVersion[];
  readonly articles: readonly ArticleSummary[];
  readonly disabled: boolean;
  readonly testId: string;
  readonly onChange: (articleId: string) => void;
}

export function versionLabel(
  v: { outlet: string | null; date: string | null; publishedAt?: string | null },
  index?: number,
): string {
  const head = index === undefined ? '' : `${index + 1} · `;
  const time = v.date && v.publishedAt ? ` ${formatTime(v.publishedAt)}` : '';
  return `${head}${v.outlet ?? 'unknown outlet'} · ${v.date ?? 'no date'}${time}`;
}

export function VersionPicker(props: VersionPickerProps): ReactNode {
  const { label, value, versions, articles, disabled, testId, onChange } = props;
  const inStory = new Set(versions.map((v) => v.articleId));
  const others = articles.filter((a) => !inStory.has(a.id));
  return (
    <label className="cmp-picker">
      <span className="cmp-picker-label">{label}</span>
      <select
        value={value}
        disabled={disabled}
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
      >
        {versions.length > 0 ? (
          <optgroup label="Versions of this story">
            {versions.map((v, i) => (
              <option key={v.articleId} value={v.articleId}>
                {`${versionLabel(v, i)} · ${v.change ? v.change.summary || 'same wording' : 'first version'}`}
              </option>
            ))}
          </optgroup>
        ) : null}
        <optgroup label={versions.length > 0 ? 'Other articles' : 'Articles'}>
          {others.map((a) => (
            <option key={a.id} value={a.id}>
              {`${a.title ?? 'Untitled'} — ${versionLabel(a)}`}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}
