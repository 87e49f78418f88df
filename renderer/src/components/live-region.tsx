import { verdictText } from '../../../shared/i18n/verdict-text';
import { useTranslator } from '../i18n/use-translator';
import { useAppState } from '../store/store-context';

/**
 * Said to screen readers without moving focus: when the verdict changes ("现在不能开票：…") and when
 * a re-check the user asked for finishes, in the verdict's own words.
 */
export function LiveRegion() {
  const t = useTranslator();
  const announcement = useAppState((s) => s.announcement);
  const text = announcement
    ? t.t(announcement.kind === 'rechecked' ? 'ui.announce.rechecked' : 'ui.announce.changed', {
        verdict: verdictText(announcement.verdict, t),
      })
    : '';
  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-live-region>
      {/* A new key per announcement, so the same words said again are announced again. */}
      {text && <span key={announcement?.seq}>{text}</span>}
    </div>
  );
}
