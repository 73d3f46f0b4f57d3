import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { usePopover } from './usePopover';

export interface MenuChoice {
  id: string;
  label: string;
  /** Set for a checkbox item (it toggles and leaves the menu open); unset for an action. */
  checked?: boolean;
  disabled?: boolean;
  /** Draws a line above the item (a group of its own, such as "Reset"). */
  separated?: boolean;
}

interface Props {
  /** The button's text (and the menu's name). */
  label: string;
  /** The items, or a function that reads them when the menu is drawn (from state kept elsewhere, such as a grid's). */
  choices: readonly MenuChoice[] | (() => readonly MenuChoice[]);
  onChoose: (id: string) => void;
  disabled?: boolean;
  title?: string;
  className?: string;
}

/**
 * A button that opens a menu (WAI-ARIA menu button): ↑/↓, Home/End and the first letter move between items,
 * Enter or Space chooses, Escape closes. Nothing happens until an item is chosen, so arrow keys never apply
 * anything by accident (as they do on a closed <select>). Focus returns to the button when the menu closes.
 */
export function MenuButton({ label, choices: choicesProp, onChoose, disabled, title, className }: Props) {
  const popover = usePopover<HTMLButtonElement>();
  const menuId = useId();
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  /** Which item takes focus when the menu opens: the first, or the last (↑ on the button). */
  const startAt = useRef<'first' | 'last'>('first');
  const open = popover.open && !disabled;
  const choices = open ? (typeof choicesProp === 'function' ? choicesProp() : choicesProp) : [];
  itemRefs.current.length = choices.length;

  // Disabled items stay reachable (a screen reader says why they cannot be chosen), as the menu pattern asks.
  const items = () => itemRefs.current.filter((el): el is HTMLButtonElement => !!el);
  useEffect(() => {
    if (!open) return;
    const all = items();
    const first = all.find((el) => el.getAttribute('aria-disabled') !== 'true') ?? all[0];
    (startAt.current === 'last' ? all.at(-1) : first)?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on opening only
  }, [open]);

  const openAt = (where: 'first' | 'last') => {
    startAt.current = where;
    popover.show();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (i: number) => all[(i + all.length) % all.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        focus(at + 1);
        break;
      case 'ArrowUp':
        focus(at - 1);
        break;
      case 'Home':
        focus(0);
        break;
      case 'End':
        focus(all.length - 1);
        break;
      case 'Escape':
      case 'Tab':
        popover.close();
        break;
      default: {
        // Enter and Space reach the item itself (a button) and choose it.
        if (event.key === ' ' || event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
        // Type-ahead: the next item whose label starts with the letter.
        const letter = event.key.toLocaleLowerCase();
        const next = [...all.slice(at + 1), ...all.slice(0, at + 1)].find((el) => el.dataset['label']?.toLocaleLowerCase().startsWith(letter));
        next?.focus();
      }
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const choose = (choice: MenuChoice) => {
    if (choice.disabled) return;
    if (choice.checked === undefined) popover.close();
    onChoose(choice.id);
  };

  return (
    <div className={`popover-anchor ${className ?? ''}`} ref={popover.anchorRef}>
      <button
        type="button"
        ref={popover.triggerRef}
        disabled={disabled}
        title={title}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? popover.close(false) : openAt('first'))}
        onKeyDown={onButtonKeyDown}
      >
        {label}
      </button>
      {open && (
        <div id={menuId} role="menu" aria-label={label} className="popover menu" onKeyDown={onMenuKeyDown}>
          {choices.map((choice, i) => (
            <button
              key={choice.id}
              ref={(el) => {
                itemRefs.current[i] = el;
              }}
              type="button"
              role={choice.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={choice.checked}
              aria-disabled={choice.disabled || undefined}
              tabIndex={-1}
              data-label={choice.label}
              className={choice.separated ? 'menu-item separated' : 'menu-item'}
              onClick={() => choose(choice)}
            >
              {choice.checked !== undefined && (
                <span className="menu-check" aria-hidden="true">
                  {choice.checked ? '✓' : ''}
                </span>
              )}
              {choice.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
