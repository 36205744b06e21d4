import { Button, makeStyles } from '@fluentui/react-components';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { t, type UiLang } from '../i18n';

const useStyles = makeStyles({ more: { alignSelf: 'flex-start' } });

/** How many items a long list shows at first, and adds at each "show more": a 2,000-unit sheet stays usable. */
export const LIST_PAGE = 100;

/**
 * A list that shows its first LIST_PAGE items and a "Hiện thêm" button for the rest, so a sheet of thousands of
 * units does not put thousands of buttons in a 320 px pane at once. After "show more", focus goes to the first item
 * added (a keyboard user goes on where the list went on). The shown count starts again for another list.
 */
export function LimitedList<T>({
  items,
  lang,
  label,
  className,
  render,
  itemKey,
}: {
  items: readonly T[];
  lang: UiLang;
  label: string;
  className?: string;
  render: (item: T, index: number) => ReactNode;
  itemKey: (item: T, index: number) => string;
}) {
  const styles = useStyles();
  // another list (a new check, another run), not the same one drawn again: from the top
  const signature = `${items.length}:${items.length ? itemKey(items[0], 0) : ''}`;
  const [page, setPage] = useState({ signature, shown: LIST_PAGE });
  const shown = page.signature === signature ? page.shown : LIST_PAGE;
  const focusAt = useRef<number | undefined>(undefined);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (focusAt.current === undefined) return;
    const item = list.current?.children[focusAt.current] as HTMLElement | undefined;
    focusAt.current = undefined;
    const button = item?.querySelector<HTMLElement>('button:not([disabled])');
    if (button) button.focus();
    else if (item) {
      item.tabIndex = -1;
      item.focus();
    }
  });
  const left = items.length - shown;
  return (
    <>
      <ul ref={list} className={className} aria-label={label}>
        {items.slice(0, shown).map((item, i) => (
          <li key={itemKey(item, i)}>{render(item, i)}</li>
        ))}
      </ul>
      {left > 0 && (
        <Button
          size="small"
          className={styles.more}
          onClick={() => {
            focusAt.current = shown;
            setPage({ signature, shown: shown + LIST_PAGE });
          }}
        >
          {t('showMore', lang, { count: Math.min(LIST_PAGE, left), left })}
        </Button>
      )}
    </>
  );
}
