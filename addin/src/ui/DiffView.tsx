import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { diffLines, type RunDiff, type RunSnapshot } from '@thidua/core/council';
import type { UiLang } from '../i18n';

const useStyles = makeStyles({
  title: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * What changes between two runs (council/diff.ts), in the words of `thidua diff`: who gains or loses an award,
 * rank moves, money per award and in total, and which part of the fingerprint differs.
 */
export function DiffView({
  diff,
  title,
  lang,
  blocks = [],
}: {
  diff: RunDiff;
  title: string;
  lang: UiLang;
  blocks?: RunSnapshot['blocks'];
}) {
  const styles = useStyles();
  const names = new Map(blocks.map((b) => [b.id, b.name]));
  const lines = diffLines(diff, lang, (id) => names.get(id) ?? id, { why: true });
  return (
    <section aria-label={title}>
      <Text as="h2" className={styles.title}>
        {title}
      </Text>
      <ul className={styles.list}>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
