import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { UntranslatedFlag, useUntranslatedLabel } from './Untranslated';

/** One choice a multi-select offers; `label` is short (a code), `detail` the longer words beside it. */
export interface MultiSelectOption {
  id: string;
  label: string;
  detail?: string;
  /** The detail is English standing in for a missing translation: shown with the marker. */
  untranslated?: boolean;
}

export interface ChipView {
  label: string;
  /** Shown on hover (the full name). */
  title?: string;
  /** The name is English standing in for a missing translation: the chip is marked and its title says so. */
  untranslated?: boolean;
}

/** One chip's look: dashed and titled with the marker when its name is an English fallback. */
function chipProps(view: ChipView, marked: ReturnType<typeof useUntranslatedLabel>) {
  return {
    className: view.untranslated ? 'chip untranslated' : 'chip',
    title: view.title === undefined ? undefined : marked(view.title, view.untranslated),
  };
}

export interface MultiSelectProps {
  /** Accessible name of the whole control. */
  label: string;
  /** Accessible name and placeholder of the search box. */
  searchLabel: string;
  placeholder: string;
  optionsLabel: string;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  /** The options for a query (the provider decides what an empty query shows). */
  options: (query: string) => MultiSelectOption[];
  chip: (id: string) => ChipView;
  removeLabel: (chip: ChipView) => string;
  noMatch: (query: string) => string;
  hint?: string;
  initialQuery?: string;
  /** Enter on an empty search, or Tab: the person is done. */
  onCommit?: () => void;
  /** Escape. */
  onCancel?: () => void;
  className?: string;
  /** Focus the search box on mount (editors and popovers; not controls that sit in a page). */
  autoFocus?: boolean;
}

/**
 * A keyboard-first multi-select: chips for what is chosen, a search box, a list of matches.
 * Type to search, ↑/↓ to choose, Enter to add, Backspace on an empty search removes the last chip.
 * Generic (options provider + chip view), so every multi-valued cell or form reuses it.
 */
export function MultiSelect(props: MultiSelectProps) {
  const { selected, onChange, options, chip } = props;
  const marked = useUntranslatedLabel();
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const found = useMemo(() => options(query), [options, query]);
  const selectedSet = useMemo(() => new Set(selected), [selected]);

  useEffect(() => {
    const input = inputRef.current;
    if (!input || !props.autoFocus) return;
    input.focus();
    const end = input.value.length;
    input.setSelectionRange(end, end);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- on mount only
  }, []);
  useEffect(() => setActive(0), [query]);

  const toggle = (id: string) => {
    onChange(selectedSet.has(id) ? selected.filter((s) => s !== id) : [...selected, id]);
    setQuery('');
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setActive((a) => Math.min(a + 1, Math.max(found.length - 1, 0)));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive((a) => Math.max(a - 1, 0));
        break;
      case 'Enter': {
        event.preventDefault();
        const option = query.trim() ? found[active] : undefined;
        if (option) toggle(option.id);
        else props.onCommit?.();
        break;
      }
      case 'Tab':
        if (props.onCommit) {
          event.preventDefault();
          props.onCommit();
        }
        break;
      case 'Escape':
        event.preventDefault();
        props.onCancel?.();
        break;
      case 'Backspace':
        if (!query && selected.length) {
          event.preventDefault();
          onChange(selected.slice(0, -1));
        }
        break;
    }
    event.stopPropagation();
  };

  const activeOption = found[active];
  return (
    <div className={`multi-select ${props.className ?? ''}`} role="group" aria-label={props.label}>
      <div className="multi-select-field" onClick={() => inputRef.current?.focus()}>
        {selected.map((id) => {
          const view = chip(id);
          return (
            <span key={id} {...chipProps(view, marked)}>
              {view.label}
              <button type="button" className="chip-remove" tabIndex={-1} aria-label={props.removeLabel(view)} onClick={() => onChange(selected.filter((s) => s !== id))}>
                ×
              </button>
            </span>
          );
        })}
        <input
          ref={inputRef}
          role="combobox"
          aria-label={props.searchLabel}
          aria-expanded={found.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOption ? `${listId}-${activeOption.id}` : undefined}
          placeholder={selected.length ? '' : props.placeholder}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul id={listId} role="listbox" aria-label={props.optionsLabel} aria-multiselectable="true" className="multi-select-options">
        {found.map((option, i) => (
          <li
            key={option.id}
            id={`${listId}-${option.id}`}
            role="option"
            aria-selected={selectedSet.has(option.id)}
            className={i === active ? 'active' : undefined}
            // Move, not enter: a list that appears under a resting pointer must not steal the keyboard's choice.
            onMouseMove={() => i !== active && setActive(i)}
            onMouseDown={(event) => {
              event.preventDefault();
              toggle(option.id);
            }}
          >
            <span className="option-code">{option.label}</span>
            {option.detail && (
              <span className="option-detail" lang={option.untranslated ? 'en' : undefined}>
                {option.detail}
              </span>
            )}
            {option.untranslated && <UntranslatedFlag />}
          </li>
        ))}
        {query.trim() && found.length === 0 && <li className="multi-select-empty">{props.noMatch(query)}</li>}
      </ul>
      {props.hint && <p className="multi-select-hint">{props.hint}</p>}
    </div>
  );
}

/** Chips for display only (grid cells, lists): compact codes, full name on hover. */
export function ChipList({ chips, more }: { chips: ChipView[]; more?: (count: number) => string }) {
  const marked = useUntranslatedLabel();
  const shown = chips.slice(0, 8);
  return (
    <span className="chip-list">
      {shown.map((c, i) => (
        <span key={`${c.label}-${i}`} {...chipProps(c, marked)}>
          {c.label}
        </span>
      ))}
      {chips.length > shown.length && more && <span className="chip chip-more">{more(chips.length - shown.length)}</span>}
    </span>
  );
}
